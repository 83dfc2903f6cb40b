import { Trans, useLingui } from '@lingui/react/macro'
import { msg } from '@lingui/core/macro'
import { Link } from 'react-router'
import { milesText, reasonText, type Reason } from '../search/reasons.ts'
import type { RankedService } from '../search/search-model.ts'
import type { DirectoryService } from '../service-model.ts'
import type { FromSearchState } from '../service/use-back-to-search.ts'
import { MODE_NAMES } from '../service/mode-labels.ts'
import { OpenState } from '../service/open-state.tsx'
import { SampleLabel } from '../service/sample-notice.tsx'

export type Side = 'remote' | 'in-person'

const SIDE_NAMES = { remote: msg`Online or by phone`, 'in-person': msg`In person` } as const

interface Props {
  service: DirectoryService
  /** Undefined before the page is live: then nothing that depends on the time is shown. */
  ranked?: RankedService
  /** The searched district, for "2.1 miles from BS1". */
  near?: string
  /** The first pair of results is labelled, so both kinds of help are plain to see. */
  side?: Side
  /** The search the person is on, so the service page can lead back to it. */
  search: string
}

/** Reasons that only repeat what the card already says (open now, distance) are left out. */
function reasonsToShow(ranked: RankedService): Reason[] {
  return ranked.reasons.filter((reason) => reason.about === 'fit')
}

export function ResultCard({ service, ranked, near, side, search }: Props) {
  const { i18n, t } = useLingui()
  const headingId = `result-${service.id}`
  const distance = ranked?.miles === undefined ? undefined : i18n._(milesText(ranked.miles, near))
  const reasons = ranked ? reasonsToShow(ranked) : []
  const ways = service.modes.map((mode) => i18n._(MODE_NAMES[mode])).join(', ')
  const state: FromSearchState = { search }
  return (
    <article
      className={service.sample ? 'result-card result-card--sample' : 'result-card'}
      aria-labelledby={headingId}
    >
      {side && <p className="result-card__side">{i18n._(SIDE_NAMES[side])}</p>}
      {service.sample && <SampleLabel />}
      <h3 id={headingId} className="result-card__name">
        <Link to={`/find-support/${service.id}`} state={search ? state : undefined}>
          {service.name}
        </Link>
      </h3>
      <p className="result-card__organisation">{service.organisation}</p>
      <p className="result-card__description">{service.description}</p>
      <p className="result-card__ways">
        <span className="result-card__term">
          <Trans>Ways to get help:</Trans>
        </span>{' '}
        {ways || t`Not listed`}
      </p>
      <OpenState
        status={ranked?.open}
        hasHours={service.opening.length > 0}
        pendingText={t`See opening times on its page`}
        className="result-card__open"
      />
      {distance && <p className="result-card__distance">{distance}</p>}
      {reasons.length > 0 && (
        <div className="result-card__why">
          <p className="result-card__term">
            <Trans>Why it is shown</Trans>
          </p>
          <ul>
            {reasons.map((reason) => {
              const words = reasonText(reason, i18n)
              return <li key={words}>{words}</li>
            })}
          </ul>
        </div>
      )}
    </article>
  )
}

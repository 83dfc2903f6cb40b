import { Link } from 'react-router'
import { milesText } from '../search/reasons.ts'
import type { RankedService } from '../search/search-model.ts'
import type { DirectoryService } from '../service-model.ts'
import type { FromSearchState } from '../service/use-back-to-search.ts'
import { MODE_LABELS } from '../service/mode-labels.ts'
import { OpenState } from '../service/open-state.tsx'
import { SampleLabel } from '../service/sample-notice.tsx'

export type Side = 'Online or by phone' | 'In person'

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
function reasonsToShow(ranked: RankedService, distance: string | undefined): string[] {
  return ranked.reasons.filter((reason) => reason !== distance && !reason.startsWith('Open now'))
}

export function ResultCard({ service, ranked, near, side, search }: Props) {
  const headingId = `result-${service.id}`
  const distance = ranked?.miles === undefined ? undefined : milesText(ranked.miles, near)
  const reasons = ranked ? reasonsToShow(ranked, distance) : []
  const state: FromSearchState = { search }
  return (
    <article
      className={service.sample ? 'result-card result-card--sample' : 'result-card'}
      aria-labelledby={headingId}
    >
      {side && <p className="result-card__side">{side}</p>}
      {service.sample && <SampleLabel />}
      <h3 id={headingId} className="result-card__name">
        <Link to={`/find-support/${service.id}`} state={search ? state : undefined}>
          {service.name}
        </Link>
      </h3>
      <p className="result-card__organisation">{service.organisation}</p>
      <p className="result-card__description">{service.description}</p>
      <p className="result-card__ways">
        <span className="result-card__term">Ways to get help:</span>{' '}
        {service.modes.map((mode) => MODE_LABELS[mode]).join(', ') || 'Not listed'}
      </p>
      <OpenState
        status={ranked?.open}
        hasHours={service.opening.length > 0}
        pendingText="See opening times on its page"
        className="result-card__open"
      />
      {distance && <p className="result-card__distance">{distance}</p>}
      {reasons.length > 0 && (
        <div className="result-card__why">
          <p className="result-card__term">Why it is shown</p>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  )
}

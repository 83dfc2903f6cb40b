import type { I18n } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { describeOpening } from '../opening-hours/describe-opening.ts'
import type { OpeningStatus } from '../opening-hours/opening-status.ts'
import type { OpeningRule } from '../service-model.ts'
import { OpenState } from './open-state.tsx'

interface Props {
  opening: readonly OpeningRule[]
  /** Undefined until the page is live. */
  status: OpeningStatus | undefined
}

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The data's own words, when they add something to ours ("Term time only"). */
function saysMore(rule: OpeningRule, i18n: I18n): boolean {
  return (
    rule.description !== undefined && words(rule.description) !== words(describeOpening(rule, i18n))
  )
}

/** The hours as a readable list, and whether it is open now once the page knows the time. */
export function OpeningTimes({ opening, status }: Props) {
  const { i18n } = useLingui()
  return (
    <section aria-labelledby="service-hours" className="service__section">
      <h2 id="service-hours">
        <Trans>Opening times</Trans>
      </h2>
      <OpenState status={status} hasHours={opening.length > 0} />
      {opening.length > 0 ? (
        <>
          <ul className="opening-times">
            {opening.map((rule, index) => (
              <li key={index}>
                {describeOpening(rule, i18n)}
                {saysMore(rule, i18n) && (
                  <span className="opening-times__note">{rule.description}</span>
                )}
              </li>
            ))}
          </ul>
          <p className="small-print">
            <Trans>Times are UK time. Hours can change on bank holidays.</Trans>
          </p>
        </>
      ) : (
        <p>
          <Trans>
            Opening times are not listed. Check with them before you go, or look on their website.
          </Trans>
        </p>
      )}
    </section>
  )
}

import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/** The history before the first check-in: an invitation, never a nudge. */
export function NoCheckInsYet() {
  return (
    <section className="callout" aria-labelledby="history-empty">
      <h2 id="history-empty">
        <Trans>Nothing here yet</Trans>
      </h2>
      <p>
        <Trans>
          When you check in, this page shows how things have been, as a calendar and a line over
          time. A check-in takes under a minute, whenever you like.
        </Trans>
      </p>
      <p>
        <Link to="/check-in" className="button button--primary">
          <Trans>Check in</Trans>
        </Link>
      </p>
    </section>
  )
}

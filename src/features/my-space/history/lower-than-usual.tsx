import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/**
 * Said only when the last week really has been lower than the person's own weeks before. Gentle
 * and brief: a noticing, never a warning, with ways to help themselves and people to talk to.
 */
export function LowerThanUsual() {
  return (
    <section className="callout history-usual" aria-labelledby="history-usual">
      <h2 id="history-usual">
        <Trans>A bit lower than your usual</Trans>
      </h2>
      <p>
        <Trans>
          Your check-ins over the last 7 days have been lower than in the weeks before. That happens
          to everyone sometimes, for all sorts of reasons, and it can pass.
        </Trans>
      </p>
      <p>
        <Trans>If you’d like, these might help:</Trans>
      </p>
      <ul className="link-list">
        <li>
          <Link to="/self-help/low-mood">
            <Trans>Read about feeling low</Trans>
          </Link>
        </li>
        <li>
          <Trans>
            <Link to="/tools/coping-kit">Make a coping kit</Link> of things that help you
          </Trans>
        </li>
        <li>
          <Trans>
            <Link to="/find-support">Find someone to talk to</Link>, your way
          </Trans>
        </li>
        <li>
          <Trans>
            If you need to talk to someone now, <Link to="/help">get help now</Link>.
          </Trans>
        </li>
      </ul>
    </section>
  )
}

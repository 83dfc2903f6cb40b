import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/** A gentle note before an article on a hard subject, with help one tap away. */
export function ContentNote({ subject }: { subject: 'self-harm' | 'suicide' }) {
  return (
    <aside className="content-note" aria-labelledby="content-note-title">
      <h2 id="content-note-title" className="content-note__title">
        <Trans>Before you read</Trans>
      </h2>
      <p>
        {subject === 'self-harm' ? (
          <Trans>
            This page talks about self-harm. Take it at your own pace, and stop whenever you need
            to.
          </Trans>
        ) : (
          <Trans>
            This page talks about suicide and suicidal thoughts. Take it at your own pace, and stop
            whenever you need to.
          </Trans>
        )}
      </p>
      <p>
        <Trans>
          If you are not safe right now, <Link to="/help">get help now</Link>. You can call 999,
          text SHOUT to 85258, or call Childline on 0800 1111 (under 19) or Samaritans on 116 123.
        </Trans>
      </p>
    </aside>
  )
}

import { Link } from 'react-router'

const subjects = {
  'self-harm': 'self-harm',
  suicide: 'suicide and suicidal thoughts',
} as const

/** A gentle note before an article on a hard subject, with help one tap away. */
export function ContentNote({ subject }: { subject: keyof typeof subjects }) {
  return (
    <aside className="content-note" aria-labelledby="content-note-title">
      <h2 id="content-note-title" className="content-note__title">
        Before you read
      </h2>
      <p>
        This page talks about {subjects[subject]}. Take it at your own pace, and stop whenever you
        need to.
      </p>
      <p>
        If you are not safe right now, <Link to="/help">get help now</Link>. You can call 999, text
        SHOUT to 85258, or call Childline on 0800 1111 (under 19) or Samaritans on 116 123.
      </p>
    </aside>
  )
}

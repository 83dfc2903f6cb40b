import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/** How Harbour keeps pupils' data private, for staff who are asked, or who need to check. */
export function PupilPrivacySection() {
  return (
    <section aria-labelledby="schools-privacy" className="prose">
      <h2 id="schools-privacy">
        <Trans>How Harbour keeps pupils’ data private</Trans>
      </h2>
      <ul>
        <li>
          <Trans>
            <strong>No accounts.</strong> Pupils never give a name, email address or phone number.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>On the device only.</strong> Check-ins, notes and safety plans stay in the
            browser on the pupil’s own device. The school, the NHS and we cannot see them.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>No tracking.</strong> No adverts, no analytics, and nothing loaded from other
            companies. Shared links carry nothing that identifies the school or the pupil.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>A quick exit.</strong> A button at the top of every page, or pressing Shift
            three times, leaves Harbour at once for an ordinary website.{' '}
            <Link to="/quick-exit">How quick exit works</Link>
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Shared computers.</strong> On a shared laptop, anything a pupil saves stays in
            that browser. They can delete it all from My space, or use a private window.
          </Trans>
        </li>
      </ul>
      <p>
        <Trans>
          Because nothing is sent to school, Harbour can’t tell anyone that a pupil needs help. It
          never replaces your safeguarding and pastoral support: make sure pupils know who in school
          they can talk to.
        </Trans>
      </p>
      <p>
        <Link to="/privacy">
          <Trans>Read Harbour’s privacy page</Trans>
        </Link>
      </p>
    </section>
  )
}

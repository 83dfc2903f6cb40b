import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'

export function PrivacyPage() {
  return (
    <div className="prose">
      <PageHeading>Your privacy</PageHeading>
      <p className="lead">
        Harbour is built so that what you write is yours. Here is what happens to it, in plain
        words.
      </p>

      <h2>What Harbour keeps, and where</h2>
      <ul>
        <li>
          Anything you write or save in Harbour is kept on this device only, in your browser&rsquo;s
          storage.
        </li>
        <li>Your settings, like theme and text size, are kept on this device too.</li>
        <li>We never ask for your name, email address or phone number.</li>
      </ul>

      <h2>What Harbour never does</h2>
      <ul>
        <li>It never sends what you write to us, your school, your family or anyone else.</li>
        <li>It has no adverts, no tracking and no analytics.</li>
        <li>
          It never loads anything from other companies&rsquo; websites, so they can&rsquo;t see you
          using it.
        </li>
        <li>It never turns on location or sharing unless you choose to, each time.</li>
      </ul>

      <h2>What the Harbour server sees</h2>
      <p>
        The server sends you the pages of the app. Like any website, it has to receive your request
        to do that, but it does not keep your internet address in its records.
      </p>

      <h2>Deleting your data</h2>
      <p>
        Clearing this site&rsquo;s data in your browser settings removes everything Harbour has kept
        on this device. Nobody else has a copy.
      </p>

      <h2>Questions or worries</h2>
      <p>
        If something worries you about how Harbour works, talk to an adult you trust, or{' '}
        <Link to="/about">read more about Harbour</Link>.
      </p>
    </div>
  )
}

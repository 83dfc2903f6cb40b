import { Link } from 'react-router'
import area from 'virtual:harbour-area'
import { PageHeading } from '../../ui/page-heading.tsx'
import { POSTCODE_ATTRIBUTION } from '../directory/places/districts.ts'
import { ReportConcern } from './report-concern.tsx'

export function AboutPage() {
  return (
    <div className="prose">
      <PageHeading>About {area.appName}</PageHeading>
      <p className="lead">
        {area.appName} helps children and young people, and the adults around them, look after how
        they feel and find the right help quickly.
      </p>

      <h2>What it is</h2>
      <ul>
        <li>Short, friendly reads and tools for how you feel.</li>
        <li>Private check-ins, goals and a safety plan that stay on your device.</li>
        <li>A guide to services in {area.name} and across the UK, online and face to face.</li>
        <li>A way to get help now, from every page.</li>
      </ul>

      <h2>What it is not</h2>
      <p>
        Harbour gives information and points you to people who can help. It does not diagnose or
        treat anything, and nobody is watching what you write. It is not an emergency service: if
        your life is at risk, call 999, or <Link to="/help">see who you can contact now</Link>.
      </p>

      <h2>Who runs it</h2>
      <p>
        Harbour is open-source software. Local NHS and council areas can run their own Harbour with
        their own services and crisis lines. This one is run for {area.name}.
      </p>

      <h2>Works for everyone</h2>
      <p>
        Harbour works offline once you have opened it, and is built to work with a keyboard and with
        screen readers (a full screen reader check is still to come). You can change the colours,
        text size and motion in <Link to="/settings">Settings</Link>.
      </p>

      <h2>Where the information comes from</h2>
      <p>
        The services in Find support are published in the Open Referral UK standard and checked when{' '}
        {area.appName} is built. Each service page says when its details were last checked. The
        services marked &ldquo;sample&rdquo; are made up, to show how Find support works.
      </p>
      <p>
        Finding services by postcode uses the centre of each postcode district, kept on your device.{' '}
        {POSTCODE_ATTRIBUTION}. Released under the Open Government Licence v3.0.
      </p>

      <h2>Privacy, safety and accessibility</h2>
      <ul className="link-list">
        <li>
          <Link to="/privacy">How Harbour looks after your privacy</Link>
        </li>
        <li>
          <Link to="/about/documents">All our privacy, safety and accessibility documents</Link>
        </li>
        <li>
          <Link to="/about/documents#privacy">Privacy notices and the full privacy details</Link>
        </li>
        <li>
          <Link to="/about/documents#clinical-safety">
            Clinical safety: how we keep the risk of harm low
          </Link>
        </li>
        <li>
          <Link to="/about/documents#accessibility">Accessibility statement</Link>
        </li>
      </ul>
      <ReportConcern />
    </div>
  )
}

import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import area from 'virtual:harbour-area'
import { PageHeading } from '../../ui/page-heading.tsx'
import { POSTCODE_ATTRIBUTION } from '../directory/places/districts.ts'
import { ReportConcern } from './report-concern.tsx'

export function AboutPage() {
  const { appName, name: areaName } = area
  // The data's licence asks for its attribution word for word, in English.
  const attribution = POSTCODE_ATTRIBUTION
  return (
    <div className="prose">
      <PageHeading>
        <Trans>About {appName}</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          {appName} helps children and young people, and the adults around them, look after how they
          feel and find the right help quickly.
        </Trans>
      </p>

      <h2>
        <Trans>What it is</Trans>
      </h2>
      <ul>
        <li>
          <Trans>Short, friendly reads and tools for how you feel.</Trans>
        </li>
        <li>
          <Trans>Private check-ins, goals and a safety plan that stay on your device.</Trans>
        </li>
        <li>
          <Trans>
            A guide to services in {areaName} and across the UK, online and face to face.
          </Trans>
        </li>
        <li>
          <Trans>A way to get help now, from every page.</Trans>
        </li>
      </ul>

      <h2>
        <Trans>What it is not</Trans>
      </h2>
      <p>
        <Trans>
          Harbour gives information and points you to people who can help. It does not diagnose or
          treat anything, and nobody is watching what you write. It is not an emergency service: if
          your life is at risk, call 999, or <Link to="/help">see who you can contact now</Link>.
        </Trans>
      </p>

      <h2>
        <Trans>Who runs it</Trans>
      </h2>
      <p>
        <Trans>
          Harbour is open-source software. Local NHS and council areas can run their own Harbour
          with their own services and crisis lines. This one is run for {areaName}.
        </Trans>
      </p>

      <h2>
        <Trans>Works for everyone</Trans>
      </h2>
      <p>
        <Trans>
          Harbour works offline once you have opened it, and is built to work with a keyboard and
          with screen readers (a full screen reader check is still to come). You can change the
          colours, text size and motion in <Link to="/settings">Settings</Link>.
        </Trans>
      </p>

      <h2>
        <Trans>Where the information comes from</Trans>
      </h2>
      <p>
        <Trans>
          The services in Find support are published in the Open Referral UK standard and checked
          when {appName} is built. Each service page says when its details were last checked. The
          services marked “sample” are made up, to show how Find support works.
        </Trans>
      </p>
      <p>
        <Trans>
          Finding services by postcode uses the centre of each postcode district, kept on your
          device. <span lang="en">{attribution}</span>. Released under the Open Government Licence
          v3.0.
        </Trans>
      </p>

      <h2>
        <Trans>Privacy, safety and accessibility</Trans>
      </h2>
      <ul className="link-list">
        <li>
          <Link to="/privacy">
            <Trans>How Harbour looks after your privacy</Trans>
          </Link>
        </li>
        <li>
          <Link to="/about/documents">
            <Trans>All our privacy, safety and accessibility documents</Trans>
          </Link>
        </li>
        <li>
          <Link to="/about/documents#privacy">
            <Trans>Privacy notices and the full privacy details</Trans>
          </Link>
        </li>
        <li>
          <Link to="/about/documents#clinical-safety">
            <Trans>Clinical safety: how we keep the risk of harm low</Trans>
          </Link>
        </li>
        <li>
          <Link to="/about/documents#accessibility">
            <Trans>Accessibility statement</Trans>
          </Link>
        </li>
      </ul>
      <ReportConcern />
    </div>
  )
}

import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import area from 'virtual:harbour-area'
import type { PrivacyContact } from '../../lib/area-pack.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { documentPath } from './documents/document-meta.ts'

/*
 * The young people's privacy notice (docs/privacy/privacy-notice-young-people.md), in the same
 * words. When one changes, change the other: the page's test checks the key sentences.
 */

function ShortVersion() {
  return (
    <>
      <h2>
        <Trans>The short version</Trans>
      </h2>
      <ul>
        <li>
          <Trans>You do not need an account. We never ask for your name.</Trans>
        </li>
        <li>
          <Trans>What you write in Harbour stays on your phone, tablet or computer.</Trans>
        </li>
        <li>
          <Trans>We do not send it to us, your school, your family or anyone else.</Trans>
        </li>
        <li>
          <Trans>There are no adverts and no tracking.</Trans>
        </li>
        <li>
          <Trans>You can download it or delete it at any time.</Trans>
        </li>
      </ul>
    </>
  )
}

function WhatHarbourKeeps() {
  return (
    <>
      <h2>
        <Trans>What Harbour keeps on your device</Trans>
      </h2>
      <p>
        <Trans>
          Harbour only keeps something when you save it. It keeps it in your browser, on the device
          you are using.
        </Trans>
      </p>
      <p>
        <Trans>It can keep:</Trans>
      </p>
      <ul>
        <li>
          <Trans>
            your check-ins: how you felt, the words you picked, what was going on, and any note you
            wrote
          </Trans>
        </li>
        <li>
          <Trans>if you said “I don’t feel safe right now” in a check-in</Trans>
        </li>
        <li>
          <Trans>your answers to the wellbeing questions, if you chose to answer them</Trans>
        </li>
        <li>
          <Trans>your goals, and how you rated them</Trans>
        </li>
        <li>
          <Trans>your safety plan, with any names and phone numbers you added</Trans>
        </li>
        <li>
          <Trans>your About me</Trans>
        </li>
        <li>
          <Trans>the things you saved, like articles, tools and services</Trans>
        </li>
        <li>
          <Trans>what you wrote in tools, like your coping kit, worry tree or thought record</Trans>
        </li>
        <li>
          <Trans>your settings, like colours and text size</Trans>
        </li>
      </ul>
      <p>
        <Trans>
          Before the wellbeing questions, Harbour asks your age group. It uses this to pick the
          right questions. It does not keep it.
        </Trans>
      </p>
    </>
  )
}

function WhatHarbourNeverDoes() {
  return (
    <>
      <h2>
        <Trans>What Harbour never does</Trans>
      </h2>
      <ul>
        <li>
          <Trans>It never asks for your name, email or phone number.</Trans>
        </li>
        <li>
          <Trans>
            It never sends what you write to us or to anyone else, unless you turn on sync. Sync
            locks it first, so nobody else can read it.
          </Trans>
        </li>
        <li>
          <Trans>It never shows adverts or tracks you.</Trans>
        </li>
        <li>
          <Trans>
            It never loads things from other websites. So they cannot see you using Harbour.
          </Trans>
        </li>
        <li>
          <Trans>It never turns on your location, or sharing, unless you tap to do it.</Trans>
        </li>
        <li>
          <Trans>
            It never tells anyone what you wrote in a check-in. Nobody is watching. So if you need
            help now, please use <Link to="/help">Get help now</Link>. It is at the top of every
            page.
          </Trans>
        </li>
      </ul>
    </>
  )
}

function WhoCouldSee() {
  return (
    <>
      <h2>
        <Trans>Who could see what you saved?</Trans>
      </h2>
      <p>
        <Trans>Anyone who uses the same device and opens Harbour could see what you saved.</Trans>
      </p>
      <p>
        <Trans>If you share a phone, tablet or computer, you could:</Trans>
      </p>
      <ul>
        <li>
          <Trans>
            use a private or incognito window (but Harbour forgets what you save in it when you
            close it)
          </Trans>
        </li>
        <li>
          <Trans>delete things when you have finished with them</Trans>
        </li>
      </ul>
      <p>
        <Trans>
          You can also lock My space with a passcode (
          <Link to="/my-space/lock">My space, then Passcode lock</Link>). Then only your passcode
          opens your things on this device. If you forget it, nobody can open them again, not even
          us. You would have to delete everything and start again. Get help now is never locked.
        </Trans>
      </p>
    </>
  )
}

function FindingAndSharing() {
  return (
    <>
      <h2>
        <Trans>Finding support near you</Trans>
      </h2>
      <p>
        <Trans>
          You can type the first part of your postcode, like BS1. Harbour works out which services
          are near you on your own device. It does not send your postcode to anyone.
        </Trans>
      </p>
      <p>
        <Trans>
          You can also tap <strong>Use my location</strong>. Harbour only looks at your location
          when you tap it. It changes it straight away into an area, like BS8. It does not keep or
          send where you are exactly.
        </Trans>
      </p>
      <p>
        <Trans>
          The area you search for goes in the page address. So it will be in your browser history.
        </Trans>
      </p>

      <h2>
        <Trans>Sharing your About me</Trans>
      </h2>
      <p>
        <Trans>
          About me is where you can tell your story once. You choose if, when and how to share it.
        </Trans>
      </p>
      <ul>
        <li>
          <Trans>
            <strong>Print it</strong>, or <strong>save it as a file</strong>. Then it is yours to
            give to someone.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Make a private link.</strong> Harbour locks your About me inside the link. It is
            not kept on any server. Anyone who has the link can read it. So only send it to people
            you trust. Once you send it, you cannot take it back.
          </Trans>
        </li>
      </ul>

      <h2>
        <Trans>Getting a copy</Trans>
      </h2>
      <p>
        <Trans>
          In My space you can download everything as a file. The file is not locked. Anyone who
          opens it can read it. So keep it somewhere safe.
        </Trans>
      </p>

      <h2>
        <Trans>Calling or texting</Trans>
      </h2>
      <p>
        <Trans>
          If you call or text a helpline from Harbour, your phone may keep it in your list of calls
          or messages. Childline calls do not show on phone bills.
        </Trans>
      </p>

      <h2>
        <Trans>Quick exit</Trans>
      </h2>
      <p>
        <Trans>
          Press <strong>Quick exit</strong> at the top of any page to leave Harbour fast. On a
          keyboard you can press Shift 3 times. Quick exit does not delete your browser history. The
          page <Link to="/quick-exit">How quick exit works</Link> tells you more.
        </Trans>
      </p>
    </>
  )
}

function ServerAndSync() {
  return (
    <>
      <h2>
        <Trans>What the Harbour server sees</Trans>
      </h2>
      <p>
        <Trans>
          Harbour’s pages come from a server. Like any website, it gets a message from your device
          asking for each page. Its records only say which page was asked for, and when. They do not
          keep your internet address.
        </Trans>
      </p>
      <p>
        <Trans>
          Once you have opened Harbour, most pages come from your own device, so the server sees
          even less.
        </Trans>
      </p>

      <h2>
        <Trans>Sync</Trans>
      </h2>
      <p>
        <Trans>
          Sync lets you use Harbour on a new phone, or on two devices. It is off unless you turn it
          on (<Link to="/settings">Settings</Link>, then Sync). Everything is locked on your device
          before it is sent. The server only keeps locked boxes it cannot open. You get a recovery
          key. If you lose it, nobody can get your things back.
        </Trans>
      </p>

      <h2>
        <Trans>How long things are kept</Trans>
      </h2>
      <p>
        <Trans>On your device, things stay until you delete them.</Trans>
      </p>
      <p>
        <Trans>
          Your browser might also clear them. For example, some iPhones clear a website’s things if
          you do not open it for about a week. Adding Harbour to your home screen helps it stay.
        </Trans>
      </p>
    </>
  )
}

/** Who to ask about people's information: the area's privacy contact, when its pack names one. */
export function PrivacyContactDetails({
  areaName,
  contact,
}: {
  areaName: string
  contact: PrivacyContact | undefined
}) {
  const contactName = contact?.name
  return (
    <>
      <p>
        {contact ? (
          <Trans>
            If you are worried about how Harbour uses your information, talk to an adult you trust.
            You can also contact the team that runs Harbour for {areaName}: {contactName}.
          </Trans>
        ) : (
          <Trans>
            If you are worried about how Harbour uses your information, talk to an adult you trust.
            You can also contact the team that runs Harbour for {areaName}.
          </Trans>
        )}
      </p>
      {contact && <ContactWays contact={contact} />}
    </>
  )
}

function ContactWays({ contact }: { contact: PrivacyContact }) {
  const { email, url, address } = contact
  const website = url?.replace(/^https:\/\//, '')
  return (
    <ul>
      {email && (
        <li>
          <Trans>
            Email: <a href={`mailto:${email}`}>{email}</a>
          </Trans>
        </li>
      )}
      {url && (
        <li>
          <Trans>
            Website:{' '}
            <a href={url} rel="noreferrer">
              {website}
            </a>
          </Trans>
        </li>
      )}
      {address && (
        <li>
          <Trans>Post: {address}</Trans>
        </li>
      )}
    </ul>
  )
}

function YourRights() {
  return (
    <>
      <h2>
        <Trans>Your rights</Trans>
      </h2>
      <p>
        <Trans>You have the right to:</Trans>
      </p>
      <ul>
        <li>
          <Trans>
            see what Harbour keeps (it is all in <Link to="/my-space">My space</Link>)
          </Trans>
        </li>
        <li>
          <Trans>
            get a copy (<Link to="/my-space/your-data">My space, then Your data</Link>)
          </Trans>
        </li>
        <li>
          <Trans>change it</Trans>
        </li>
        <li>
          <Trans>delete it (My space, then Your data, then Delete everything)</Trans>
        </li>
        <li>
          <Trans>know how it is used (this page)</Trans>
        </li>
      </ul>
      <PrivacyContactDetails areaName={area.name} contact={area.privacyContact} />
      <p>
        <Trans>
          You can also tell the Information Commissioner’s Office (ICO). Its job is to check that
          people’s information is looked after. Visit ico.org.uk or call{' '}
          <a href="tel:03031231113">0303 123 1113</a>.
        </Trans>
      </p>
    </>
  )
}

const MORE: readonly { slug: string; label: MessageDescriptor }[] = [
  { slug: 'privacy-notice-young-people', label: msg`Read this page as a privacy notice` },
  { slug: 'privacy-notice-parents', label: msg`Read this for parents and carers` },
  { slug: 'privacy-notice-schools', label: msg`Read this for schools` },
  { slug: 'dpia', label: msg`The full privacy details (DPIA)` },
  { slug: 'childrens-code', label: msg`The Children’s Code and Harbour` },
  { slug: 'accessibility-statement', label: msg`Accessibility statement` },
]

export function PrivacyPage() {
  const { i18n } = useLingui()
  const areaName = area.name
  return (
    <div className="prose">
      <PageHeading>
        <Trans>Your privacy</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          This is for young people who use Harbour. If any of it is hard to follow, you could read
          it with an adult you trust.
        </Trans>
      </p>
      <ShortVersion />

      <h2>
        <Trans>Who runs this Harbour?</Trans>
      </h2>
      <p>
        <Trans>
          This Harbour is run for {areaName}. Harbour is free software. Lots of areas can use it.
        </Trans>
      </p>

      <WhatHarbourKeeps />
      <WhatHarbourNeverDoes />
      <WhoCouldSee />
      <FindingAndSharing />
      <ServerAndSync />
      <YourRights />

      <h2>
        <Trans>If you need help now</Trans>
      </h2>
      <p>
        <Trans>
          If your life is at risk, call 999. For other ways to get help, any time of day or night,
          go to <Link to="/help">Get help now</Link>.
        </Trans>
      </p>

      <h2>
        <Trans>More about privacy</Trans>
      </h2>
      <ul className="link-list">
        {MORE.map(({ slug, label }) => (
          <li key={slug}>
            <Link to={documentPath(slug)}>{i18n._(label)}</Link>
          </li>
        ))}
        <li>
          <Link to="/about/documents">
            <Trans>All our privacy, safety and accessibility documents</Trans>
          </Link>
        </li>
      </ul>
    </div>
  )
}

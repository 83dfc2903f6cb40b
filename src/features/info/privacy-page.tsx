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
      <h2>The short version</h2>
      <ul>
        <li>You do not need an account. We never ask for your name.</li>
        <li>What you write in Harbour stays on your phone, tablet or computer.</li>
        <li>We do not send it to us, your school, your family or anyone else.</li>
        <li>There are no adverts and no tracking.</li>
        <li>You can download it or delete it at any time.</li>
      </ul>
    </>
  )
}

function WhatHarbourKeeps() {
  return (
    <>
      <h2>What Harbour keeps on your device</h2>
      <p>
        Harbour only keeps something when you save it. It keeps it in your browser, on the device
        you are using.
      </p>
      <p>It can keep:</p>
      <ul>
        <li>
          your check-ins: how you felt, the words you picked, what was going on, and any note you
          wrote
        </li>
        <li>if you said &ldquo;I don&rsquo;t feel safe right now&rdquo; in a check-in</li>
        <li>your answers to the wellbeing questions, if you chose to answer them</li>
        <li>your goals, and how you rated them</li>
        <li>your safety plan, with any names and phone numbers you added</li>
        <li>your About me</li>
        <li>the things you saved, like articles, tools and services</li>
        <li>what you wrote in tools, like your coping kit, worry tree or thought record</li>
        <li>your settings, like colours and text size</li>
      </ul>
      <p>
        Before the wellbeing questions, Harbour asks your age group. It uses this to pick the right
        questions. It does not keep it.
      </p>
    </>
  )
}

function WhatHarbourNeverDoes() {
  return (
    <>
      <h2>What Harbour never does</h2>
      <ul>
        <li>It never asks for your name, email or phone number.</li>
        <li>
          It never sends what you write to us or to anyone else, unless you turn on sync. Sync locks
          it first, so nobody else can read it.
        </li>
        <li>It never shows adverts or tracks you.</li>
        <li>It never loads things from other websites. So they cannot see you using Harbour.</li>
        <li>It never turns on your location, or sharing, unless you tap to do it.</li>
        <li>
          It never tells anyone what you wrote in a check-in. Nobody is watching. So if you need
          help now, please use <Link to="/help">Get help now</Link>. It is at the top of every page.
        </li>
      </ul>
    </>
  )
}

function WhoCouldSee() {
  return (
    <>
      <h2>Who could see what you saved?</h2>
      <p>Anyone who uses the same device and opens Harbour could see what you saved.</p>
      <p>If you share a phone, tablet or computer, you could:</p>
      <ul>
        <li>
          use a private or incognito window (but Harbour forgets what you save in it when you close
          it)
        </li>
        <li>delete things when you have finished with them</li>
      </ul>
      <p>
        You can also lock My space with a passcode (
        <Link to="/my-space/lock">My space, then Passcode lock</Link>). Then only your passcode
        opens your things on this device. If you forget it, nobody can open them again, not even us.
        You would have to delete everything and start again. Get help now is never locked.
      </p>
    </>
  )
}

function FindingAndSharing() {
  return (
    <>
      <h2>Finding support near you</h2>
      <p>
        You can type the first part of your postcode, like BS1. Harbour works out which services are
        near you on your own device. It does not send your postcode to anyone.
      </p>
      <p>
        You can also tap <strong>Use my location</strong>. Harbour only looks at your location when
        you tap it. It changes it straight away into an area, like BS8. It does not keep or send
        where you are exactly.
      </p>
      <p>
        The area you search for goes in the page address. So it will be in your browser history.
      </p>

      <h2>Sharing your About me</h2>
      <p>
        About me is where you can tell your story once. You choose if, when and how to share it.
      </p>
      <ul>
        <li>
          <strong>Print it</strong>, or <strong>save it as a file</strong>. Then it is yours to give
          to someone.
        </li>
        <li>
          <strong>Make a private link.</strong> Harbour locks your About me inside the link. It is
          not kept on any server. Anyone who has the link can read it. So only send it to people you
          trust. Once you send it, you cannot take it back.
        </li>
      </ul>

      <h2>Getting a copy</h2>
      <p>
        In My space you can download everything as a file. The file is not locked. Anyone who opens
        it can read it. So keep it somewhere safe.
      </p>

      <h2>Calling or texting</h2>
      <p>
        If you call or text a helpline from Harbour, your phone may keep it in your list of calls or
        messages. Childline calls do not show on phone bills.
      </p>

      <h2>Quick exit</h2>
      <p>
        Press <strong>Quick exit</strong> at the top of any page to leave Harbour fast. On a
        keyboard you can press Shift 3 times. Quick exit does not delete your browser history. The
        page <Link to="/quick-exit">How quick exit works</Link> tells you more.
      </p>
    </>
  )
}

function ServerAndSync() {
  return (
    <>
      <h2>What the Harbour server sees</h2>
      <p>
        Harbour&rsquo;s pages come from a server. Like any website, it gets a message from your
        device asking for each page. Its records only say which page was asked for, and when. They
        do not keep your internet address.
      </p>
      <p>
        Once you have opened Harbour, most pages come from your own device, so the server sees even
        less.
      </p>

      <h2>Sync</h2>
      <p>
        Sync lets you use Harbour on a new phone, or on two devices. It is off unless you turn it on
        (<Link to="/settings">Settings</Link>, then Sync). Everything is locked on your device
        before it is sent. The server only keeps locked boxes it cannot open. You get a recovery
        key. If you lose it, nobody can get your things back.
      </p>

      <h2>How long things are kept</h2>
      <p>On your device, things stay until you delete them.</p>
      <p>
        Your browser might also clear them. For example, some iPhones clear a website&rsquo;s things
        if you do not open it for about a week. Adding Harbour to your home screen helps it stay.
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
  return (
    <>
      <p>
        If you are worried about how Harbour uses your information, talk to an adult you trust. You
        can also contact the team that runs Harbour for {areaName}
        {contact ? <>: {contact.name}.</> : '.'}
      </p>
      {contact && (
        <ul>
          {contact.email && (
            <li>
              Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          )}
          {contact.url && (
            <li>
              Website:{' '}
              <a href={contact.url} rel="noreferrer">
                {contact.url.replace(/^https:\/\//, '')}
              </a>
            </li>
          )}
          {contact.address && <li>Post: {contact.address}</li>}
        </ul>
      )}
    </>
  )
}

function YourRights() {
  return (
    <>
      <h2>Your rights</h2>
      <p>You have the right to:</p>
      <ul>
        <li>
          see what Harbour keeps (it is all in <Link to="/my-space">My space</Link>)
        </li>
        <li>
          get a copy (<Link to="/my-space/your-data">My space, then Your data</Link>)
        </li>
        <li>change it</li>
        <li>delete it (My space, then Your data, then Delete everything)</li>
        <li>know how it is used (this page)</li>
      </ul>
      <PrivacyContactDetails areaName={area.name} contact={area.privacyContact} />
      <p>
        You can also tell the Information Commissioner&rsquo;s Office (ICO). Its job is to check
        that people&rsquo;s information is looked after. Visit ico.org.uk or call{' '}
        <a href="tel:03031231113">0303 123 1113</a>.
      </p>
    </>
  )
}

const MORE = [
  { slug: 'privacy-notice-young-people', label: 'Read this page as a privacy notice' },
  { slug: 'privacy-notice-parents', label: 'Read this for parents and carers' },
  { slug: 'privacy-notice-schools', label: 'Read this for schools' },
  { slug: 'dpia', label: 'The full privacy details (DPIA)' },
  { slug: 'childrens-code', label: 'The Children’s Code and Harbour' },
  { slug: 'accessibility-statement', label: 'Accessibility statement' },
]

export function PrivacyPage() {
  return (
    <div className="prose">
      <PageHeading>Your privacy</PageHeading>
      <p className="lead">
        This is for young people who use Harbour. If any of it is hard to follow, you could read it
        with an adult you trust.
      </p>
      <ShortVersion />

      <h2>Who runs this Harbour?</h2>
      <p>
        This Harbour is run for {area.name}. Harbour is free software. Lots of areas can use it.
      </p>

      <WhatHarbourKeeps />
      <WhatHarbourNeverDoes />
      <WhoCouldSee />
      <FindingAndSharing />
      <ServerAndSync />
      <YourRights />

      <h2>If you need help now</h2>
      <p>
        If your life is at risk, call 999. For other ways to get help, any time of day or night, go
        to <Link to="/help">Get help now</Link>.
      </p>

      <h2>More about privacy</h2>
      <ul className="link-list">
        {MORE.map(({ slug, label }) => (
          <li key={slug}>
            <Link to={documentPath(slug)}>{label}</Link>
          </li>
        ))}
        <li>
          <Link to="/about/documents">All our privacy, safety and accessibility documents</Link>
        </li>
      </ul>
    </div>
  )
}

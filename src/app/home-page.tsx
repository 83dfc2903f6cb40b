import { Link } from 'react-router'
import area, { featured } from 'virtual:harbour-area'
import type { FeaturedLink } from '../lib/area-pack.ts'
import { PageHeading } from '../ui/page-heading.tsx'

const waysIn = [
  {
    to: '/self-help',
    title: 'Self-help',
    text: 'Short reads and calming tools for how you feel right now.',
  },
  {
    to: '/check-in',
    title: 'Check in',
    text: 'Note how today feels in under a minute. It stays on this device.',
  },
  {
    to: '/find-support',
    title: 'Find support',
    text: 'People who can help, online, by phone or face to face. You choose how.',
  },
  {
    to: '/my-space',
    title: 'My space',
    text: 'Your check-ins, goals, safety plan and the story you want to tell once.',
  },
]

function FeaturedList({ heading, links }: { heading: string; links: FeaturedLink[] }) {
  if (links.length === 0) return null
  return (
    <>
      <h3>{heading}</h3>
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.title}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}

/** The few services and reads the people running this area's Harbour chose to put first. */
function AreaFeatured() {
  if (featured.services.length === 0 && featured.articles.length === 0) return null
  return (
    <section aria-labelledby="home-area">
      <h2 id="home-area">In {area.name}</h2>
      <FeaturedList heading="Support you can contact" links={featured.services} />
      <FeaturedList heading="Things to read" links={featured.articles} />
    </section>
  )
}

export function HomePage() {
  return (
    <div className="home">
      <PageHeading>Whatever is going on, you can start here</PageHeading>
      <p className="lead">
        Harbour is a calm place to look after how you feel. No account, no name: what you write
        stays on this device unless you choose to share it.
      </p>

      <ul className="card-grid" aria-label="Ways in">
        {waysIn.map((way) => (
          <li key={way.to} className="card">
            <h2 className="card__title">
              <Link to={way.to} className="card__link">
                {way.title}
              </Link>
            </h2>
            <p>{way.text}</p>
          </li>
        ))}
      </ul>

      <section className="callout" aria-labelledby="home-now">
        <h2 id="home-now">Need to talk to someone now?</h2>
        <p>
          Free, confidential help is there day and night, by phone or text.{' '}
          <Link to="/help">See who you can contact</Link>.
        </p>
      </section>

      <AreaFeatured />

      <section aria-labelledby="home-doors">
        <h2 id="home-doors">Here for someone else?</h2>
        <ul className="door-list">
          <li>
            <Link to="/parents" className="door">
              <span className="door__title">For parents and carers</span>
              <span className="door__text">How to help your child, and help for you.</span>
            </Link>
          </li>
          <li>
            <Link to="/schools" className="door">
              <span className="door__title">For schools</span>
              <span className="door__text">Share safe links with pupils. Know what to do.</span>
            </Link>
          </li>
        </ul>
      </section>
    </div>
  )
}

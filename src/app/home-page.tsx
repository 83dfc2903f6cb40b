import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import area, { featured } from 'virtual:harbour-area'
import { useContentLang } from '../i18n/content-lang.ts'
import type { FeaturedLink } from '../lib/area-pack.ts'
import { LanguageSwitch } from '../i18n/language-switch.tsx'
import { PageHeading } from '../ui/page-heading.tsx'

const waysIn: { to: string; title: MessageDescriptor; text: MessageDescriptor }[] = [
  {
    to: '/self-help',
    title: msg`Self-help`,
    text: msg`Short reads and calming tools for how you feel right now.`,
  },
  {
    to: '/check-in',
    title: msg`Check in`,
    text: msg`Note how today feels in under a minute. It stays on this device.`,
  },
  {
    to: '/find-support',
    title: msg`Find support`,
    text: msg`People who can help, online, by phone or face to face. You choose how.`,
  },
  {
    to: '/my-space',
    title: msg`My space`,
    text: msg`Your check-ins, goals, safety plan and the story you want to tell once.`,
  },
]

function FeaturedList({ heading, links }: { heading: string; links: FeaturedLink[] }) {
  const lang = useContentLang()
  if (links.length === 0) return null
  return (
    <>
      <h3>{heading}</h3>
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} lang={lang}>
              {link.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}

/** The few services and reads the people running this area's Harbour chose to put first. */
function AreaFeatured() {
  const { t } = useLingui()
  if (featured.services.length === 0 && featured.articles.length === 0) return null
  const areaName = area.name
  return (
    <section aria-labelledby="home-area">
      <h2 id="home-area">
        <Trans>In {areaName}</Trans>
      </h2>
      <FeaturedList heading={t`Support you can contact`} links={featured.services} />
      <FeaturedList heading={t`Things to read`} links={featured.articles} />
    </section>
  )
}

export function HomePage() {
  const { t } = useLingui()
  return (
    <div className="home">
      <LanguageSwitch />
      <PageHeading>
        <Trans>Whatever is going on, you can start here</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Harbour is a calm place to look after how you feel. No account, no name: what you write
          stays on this device unless you choose to share it.
        </Trans>
      </p>

      <ul className="card-grid" aria-label={t`Ways in`}>
        {waysIn.map((way) => (
          <li key={way.to} className="card">
            <h2 className="card__title">
              <Link to={way.to} className="card__link">
                {t(way.title)}
              </Link>
            </h2>
            <p>{t(way.text)}</p>
          </li>
        ))}
      </ul>

      <section className="callout" aria-labelledby="home-now">
        <h2 id="home-now">
          <Trans>Need to talk to someone now?</Trans>
        </h2>
        <p>
          <Trans>
            Free, confidential help is there day and night, by phone or text.{' '}
            <Link to="/help">See who you can contact</Link>.
          </Trans>
        </p>
      </section>

      <AreaFeatured />

      <section aria-labelledby="home-doors">
        <h2 id="home-doors">
          <Trans>Here for someone else?</Trans>
        </h2>
        <ul className="door-list">
          <li>
            <Link to="/parents" className="door">
              <span className="door__title">
                <Trans>For parents and carers</Trans>
              </span>
              <span className="door__text">
                <Trans>How to help your child, and help for you.</Trans>
              </span>
            </Link>
          </li>
          <li>
            <Link to="/schools" className="door">
              <span className="door__title">
                <Trans>For schools</Trans>
              </span>
              <span className="door__text">
                <Trans>Share safe links with pupils. Know what to do.</Trans>
              </span>
            </Link>
          </li>
        </ul>
      </section>
    </div>
  )
}

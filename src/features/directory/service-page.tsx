import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link, useParams } from 'react-router'
import type { Locale } from '../../i18n/locales.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { usePageTitle } from '../../ui/use-page-title.ts'
import { SaveToMySpace } from '../my-space/save-to-my-space.tsx'
import { findService, useDirectory } from './data/use-directory.ts'
import { parseIsoDate, longDate } from './opening-hours/civil-date.ts'
import { openingStatus } from './opening-hours/opening-status.ts'
import { useNow } from './find/use-now.ts'
import { nationOfService } from './search/service-nation.ts'
import { ContactButtons } from './service/contact-buttons.tsx'
import { HowToGetIn } from './service/how-to-get-in.tsx'
import { LanguagesAndCost } from './service/languages-and-cost.tsx'
import { NotFoundService } from './service/not-found-service.tsx'
import { OpenState } from './service/open-state.tsx'
import { OpeningTimes } from './service/opening-times.tsx'
import { SampleNotice } from './service/sample-notice.tsx'
import { ServiceLocations } from './service/service-locations.tsx'
import { ShareButton } from './service/share-button.tsx'
import { useBackToSearch } from './service/use-back-to-search.ts'
import { WhatItIs } from './service/what-it-is.tsx'
import { WhoItIsFor } from './service/who-it-is-for.tsx'
import './service/service.css'

function checkedText(lastChecked: string | undefined, i18n: I18n): string {
  const day = lastChecked === undefined ? undefined : parseIsoDate(lastChecked)
  if (day === undefined) {
    return i18n._(
      msg`We do not know when these details were last checked, so check with them before you go.`,
    )
  }
  const date = longDate(day, i18n.locale as Locale)
  return i18n._(msg`These details were last checked on ${date}.`)
}

export function ServicePage() {
  const { serviceId = '' } = useParams()
  const { services } = useDirectory()
  const service = findService(services, serviceId)
  const now = useNow()
  const back = useBackToSearch()
  const { i18n, t } = useLingui()
  usePageTitle(service?.name ?? t`Service not found`)

  if (!service) return <NotFoundService />

  const organisation = service.organisation
  const status = now && openingStatus(service.opening, now, { nation: nationOfService(service) })
  return (
    <article className="service">
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <PageHeading>{service.name}</PageHeading>
      {service.sample && <SampleNotice />}
      <p className="service__organisation">
        <Trans>Run by {organisation}</Trans>
      </p>
      <OpenState status={status} hasHours={service.opening.length > 0} />

      <section aria-labelledby="service-contact" className="service__section">
        <h2 id="service-contact">
          <Trans>Get in touch</Trans>
        </h2>
        <ContactButtons service={service} />
        <div className="button-row service__keep">
          <SaveToMySpace kind="service" itemRef={service.id} title={service.name} />
          <ShareButton title={service.name} path={`/find-support/${service.id}`} />
        </div>
      </section>

      <WhatItIs service={service} />
      <WhoItIsFor service={service} />
      <HowToGetIn service={service} />
      <OpeningTimes opening={service.opening} status={status} />
      <ServiceLocations service={service} />
      <LanguagesAndCost service={service} />

      <p className="small-print">{checkedText(service.lastChecked, i18n)}</p>
      <div className="callout">
        <p>
          <Trans>
            If you need to talk to someone now, <Link to="/help">get help now</Link>. Or{' '}
            <Link to={back.to}>look for other support</Link>.
          </Trans>
        </p>
      </div>
    </article>
  )
}

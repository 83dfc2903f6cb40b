import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import area from 'virtual:harbour-area'
import precachedBundle from 'virtual:harbour-directory'
import { useRefreshedBundle } from '../../directory/data/use-refreshed-bundle.ts'
import type { DirectoryService } from '../../directory/service-model.ts'
import { MODE_NAMES } from '../../directory/service/mode-labels.ts'
import { SampleLabel } from '../../directory/service/sample-notice.tsx'
import { parentServices } from './parent-services.ts'

function ServiceItems({ services }: { services: readonly DirectoryService[] }) {
  const { i18n } = useLingui()
  return (
    <ul className="audience-links">
      {services.map((service) => (
        <li key={service.id}>
          <Link to={`/find-support/${service.id}`} className="audience-links__link">
            {service.name}
          </Link>
          {service.sample && <SampleLabel />}
          <p>{service.description}</p>
          <p className="audience-links__ways">
            <span className="visually-hidden">
              <Trans>Ways to get help:</Trans>{' '}
            </span>
            {service.modes.map((mode) => i18n._(MODE_NAMES[mode])).join(', ')}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** Services for parents and carers first: national helplines, then the area's own. */
export function ServicesSection() {
  const bundle = useRefreshedBundle(precachedBundle)
  const { national, local } = parentServices(bundle.services)
  const areaName = area.name
  return (
    <section aria-labelledby="parents-services">
      <h2 id="parents-services">
        <Trans>Services for parents and carers</Trans>
      </h2>
      <p className="prose">
        <Trans>
          People you can talk to about your child, or about how you are doing. Most are free.
        </Trans>
      </p>
      {national.length > 0 && (
        <>
          <h3>
            <Trans>Helplines for parents and carers</Trans>
          </h3>
          <ServiceItems services={national} />
        </>
      )}
      {local.length > 0 && (
        <>
          <h3>
            <Trans>In {areaName}</Trans>
          </h3>
          <ServiceItems services={local} />
        </>
      )}
      <p>
        <Link to="/find-support?for=parents" className="button">
          <Trans>Find more support for parents</Trans>
        </Link>
      </p>
    </section>
  )
}

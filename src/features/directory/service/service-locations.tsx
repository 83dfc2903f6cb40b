import { Trans, useLingui } from '@lingui/react/macro'
import type { DirectoryService, ServiceLocation } from '../service-model.ts'

/** An ordinary link to OpenStreetMap: nothing loads from a map site unless the person taps it. */
export function mapLink(location: ServiceLocation): string {
  const lat = location.latitude.toFixed(5)
  const lon = location.longitude.toFixed(5)
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`
}

function NoPlace({ service }: { service: DirectoryService }) {
  if (service.modes.includes('home-visit')) {
    return (
      <p>
        <Trans>They come to you at home, so there is nowhere you need to go.</Trans>
      </p>
    )
  }
  if (service.nationwide) {
    return (
      <p>
        <Trans>
          You can use this service from anywhere in the UK. There is nowhere you need to go.
        </Trans>
      </p>
    )
  }
  return (
    <p>
      <Trans>No address is listed. Ask them where to go.</Trans>
    </p>
  )
}

function Location({ location, headingText }: { location: ServiceLocation; headingText: string }) {
  return (
    <li className="service-location">
      <h3 className="service-location__name">{headingText}</h3>
      {location.address && <p className="service-location__address">{location.address}</p>}
      <p>
        <a href={mapLink(location)} rel="noreferrer">
          <Trans>
            Show on a map<span className="visually-hidden">: {headingText}</span>
          </Trans>
        </a>{' '}
        <span className="small-print">
          <Trans>(opens the OpenStreetMap website)</Trans>
        </span>
      </p>
      <h4>
        <Trans>Getting in and around</Trans>
      </h4>
      {location.accessibility.length > 0 ? (
        <ul>
          {location.accessibility.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : (
        <p>
          <Trans>No access information is listed. Ask them about anything you need.</Trans>
        </p>
      )}
    </li>
  )
}

/** Where the service is: each place's address, a map link and its accessibility notes. */
export function ServiceLocations({ service }: { service: DirectoryService }) {
  const { t } = useLingui()
  const placeName = (index: number) => {
    const number = index + 1
    return t`Place ${number}`
  }
  return (
    <section aria-labelledby="service-where" className="service__section">
      <h2 id="service-where">
        <Trans>Where</Trans>
      </h2>
      {service.locations.length === 0 ? (
        <NoPlace service={service} />
      ) : (
        <ul className="service-locations">
          {service.locations.map((location, index) => (
            <Location
              key={location.id}
              location={location}
              headingText={location.name ?? location.address ?? placeName(index)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

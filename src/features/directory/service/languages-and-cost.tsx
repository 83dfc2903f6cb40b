import type { DirectoryService } from '../service-model.ts'

function costText(service: DirectoryService): string {
  if (service.fees) return service.fees
  if (service.free === true) return 'Free.'
  if (service.free === false) return 'There may be a cost. Ask them how much before you go.'
  return 'The details do not say. Ask them about any cost.'
}

export function LanguagesAndCost({ service }: { service: DirectoryService }) {
  return (
    <>
      <section aria-labelledby="service-languages" className="service__section">
        <h2 id="service-languages">Languages</h2>
        <p>
          {service.languages.length > 0
            ? service.languages.join(', ')
            : 'Not listed. Ask them if you would like help in another language.'}
        </p>
      </section>
      <section aria-labelledby="service-cost" className="service__section">
        <h2 id="service-cost">Cost</h2>
        <p>{costText(service)}</p>
      </section>
    </>
  )
}

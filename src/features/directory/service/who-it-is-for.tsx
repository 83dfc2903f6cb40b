import { TOPICS } from '../../../lib/topics.ts'
import type { DirectoryService } from '../service-model.ts'
import { agesText } from './ages-text.ts'

/** Ages, parents and carers, who can use it, and what it can help with. */
export function WhoItIsFor({ service }: { service: DirectoryService }) {
  return (
    <section aria-labelledby="service-who" className="service__section">
      <h2 id="service-who">Who it is for</h2>
      <dl className="service-facts">
        <div>
          <dt>Ages</dt>
          <dd>{agesText(service.ages)}</dd>
        </div>
        {service.forParents && (
          <div>
            <dt>Parents and carers</dt>
            <dd>Yes, this service is for parents and carers too.</dd>
          </div>
        )}
        {service.eligibility && (
          <div>
            <dt>Who can use it</dt>
            <dd>{service.eligibility}</dd>
          </div>
        )}
        {service.topics.length > 0 && (
          <div>
            <dt>Can help with</dt>
            <dd>{service.topics.map((topic) => TOPICS[topic]).join(', ')}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}

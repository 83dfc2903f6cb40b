import { Trans, useLingui } from '@lingui/react/macro'
import { topicName } from '../../../lib/topic-names.ts'
import type { DirectoryService } from '../service-model.ts'
import { agesText } from './ages-text.ts'

/** Ages, parents and carers, who can use it, and what it can help with. */
export function WhoItIsFor({ service }: { service: DirectoryService }) {
  const { i18n } = useLingui()
  return (
    <section aria-labelledby="service-who" className="service__section">
      <h2 id="service-who">
        <Trans>Who it is for</Trans>
      </h2>
      <dl className="service-facts">
        <div>
          <dt>
            <Trans>Ages</Trans>
          </dt>
          <dd>{agesText(service.ages, i18n)}</dd>
        </div>
        {service.forParents && (
          <div>
            <dt>
              <Trans>Parents and carers</Trans>
            </dt>
            <dd>
              <Trans>Yes, this service is for parents and carers too.</Trans>
            </dd>
          </div>
        )}
        {service.eligibility && (
          <div>
            <dt>
              <Trans>Who can use it</Trans>
            </dt>
            <dd>{service.eligibility}</dd>
          </div>
        )}
        {service.topics.length > 0 && (
          <div>
            <dt>
              <Trans>Can help with</Trans>
            </dt>
            <dd>{service.topics.map((topic) => topicName(topic, i18n)).join(', ')}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}

import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { DirectoryService } from '../service-model.ts'

function referralText(selfReferral: boolean | undefined): MessageDescriptor {
  if (selfReferral === true) {
    return msg`You can contact them yourself. You do not need anyone to refer you.`
  }
  if (selfReferral === false) {
    return msg`Someone needs to refer you, like a GP, a school or another service. You can ask them to.`
  }
  return msg`The details do not say whether you need a referral. You can ask them.`
}

/** Whether a person can get in touch themselves, how, and what usually happens then. */
export function HowToGetIn({ service }: { service: DirectoryService }) {
  const { i18n } = useLingui()
  return (
    <section aria-labelledby="service-how" className="service__section">
      <h2 id="service-how">
        <Trans>How to get in</Trans>
      </h2>
      <p>
        <strong>{i18n._(referralText(service.selfReferral))}</strong>
      </p>
      {service.howToGetIn && <p>{service.howToGetIn}</p>}
      <h3>
        <Trans>What happens next</Trans>
      </h3>
      <p>
        <Trans>
          When you first get in touch, they will usually ask a few questions about what is going on,
          so they can work out how to help. You only need to share what you feel OK sharing.
        </Trans>
      </p>
      <p>
        <Trans>
          It is fine to ask questions too: how long the wait is, what it costs, and whether you can
          bring someone with you.
        </Trans>
      </p>
    </section>
  )
}

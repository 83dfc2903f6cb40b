import type { DirectoryService } from '../service-model.ts'

function referralText(selfReferral: boolean | undefined): string {
  if (selfReferral === true)
    return 'You can contact them yourself. You do not need anyone to refer you.'
  if (selfReferral === false) {
    return 'Someone needs to refer you, like a GP, a school or another service. You can ask them to.'
  }
  return 'The details do not say whether you need a referral. You can ask them.'
}

/** Whether a person can get in touch themselves, how, and what usually happens then. */
export function HowToGetIn({ service }: { service: DirectoryService }) {
  return (
    <section aria-labelledby="service-how" className="service__section">
      <h2 id="service-how">How to get in</h2>
      <p>
        <strong>{referralText(service.selfReferral)}</strong>
      </p>
      {service.howToGetIn && <p>{service.howToGetIn}</p>}
      <h3>What happens next</h3>
      <p>
        When you first get in touch, they will usually ask a few questions about what is going on,
        so they can work out how to help. You only need to share what you feel OK sharing.
      </p>
      <p>
        It is fine to ask questions too: how long the wait is, what it costs, and whether you can
        bring someone with you.
      </p>
    </section>
  )
}

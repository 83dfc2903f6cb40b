import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { DirectoryService } from '../service-model.ts'

function costText(service: DirectoryService, i18n: I18n): string {
  if (service.fees) return service.fees
  if (service.free === true) return i18n._(msg`Free.`)
  if (service.free === false) {
    return i18n._(msg`There may be a cost. Ask them how much before you go.`)
  }
  return i18n._(msg`The details do not say. Ask them about any cost.`)
}

export function LanguagesAndCost({ service }: { service: DirectoryService }) {
  const { i18n, t } = useLingui()
  return (
    <>
      <section aria-labelledby="service-languages" className="service__section">
        <h2 id="service-languages">
          <Trans>Languages</Trans>
        </h2>
        <p>
          {service.languages.length > 0
            ? service.languages.join(', ')
            : t`Not listed. Ask them if you would like help in another language.`}
        </p>
      </section>
      <section aria-labelledby="service-cost" className="service__section">
        <h2 id="service-cost">
          <Trans>Cost</Trans>
        </h2>
        <p>{costText(service, i18n)}</p>
      </section>
    </>
  )
}

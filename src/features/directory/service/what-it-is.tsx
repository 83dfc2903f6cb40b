import { Trans, useLingui } from '@lingui/react/macro'
import type { DirectoryService } from '../service-model.ts'
import { MODE_NAMES } from './mode-labels.ts'
import { THRIVE_EXPLANATIONS, THRIVE_NAMES } from './thrive-explanations.ts'

/** What the service does, the ways to use it, and the kind of help it gives (THRIVE). */
export function WhatItIs({ service }: { service: DirectoryService }) {
  const { i18n, t } = useLingui()
  return (
    <section aria-labelledby="service-what" className="service__section">
      <h2 id="service-what">
        <Trans>What it is</Trans>
      </h2>
      <p>{service.description}</p>
      <dl className="service-facts">
        <div>
          <dt>
            <Trans>Ways to get help</Trans>
          </dt>
          <dd>
            {service.modes.length > 0
              ? service.modes.map((mode) => i18n._(MODE_NAMES[mode])).join(', ')
              : t`Not listed`}
          </dd>
        </div>
        <div>
          <dt>
            <Trans>Kind of help</Trans>
          </dt>
          <dd>
            <ul className="service-facts__list">
              {service.thrive.map((grouping) => (
                <li key={grouping}>
                  {i18n._(THRIVE_NAMES[grouping])}: {i18n._(THRIVE_EXPLANATIONS[grouping])}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  )
}

import type { DirectoryService } from '../service-model.ts'
import { MODE_LABELS } from './mode-labels.ts'
import { THRIVE_EXPLANATIONS } from './thrive-explanations.ts'

/** What the service does, the ways to use it, and the kind of help it gives (THRIVE). */
export function WhatItIs({ service }: { service: DirectoryService }) {
  return (
    <section aria-labelledby="service-what" className="service__section">
      <h2 id="service-what">What it is</h2>
      <p>{service.description}</p>
      <dl className="service-facts">
        <div>
          <dt>Ways to get help</dt>
          <dd>
            {service.modes.length > 0
              ? service.modes.map((mode) => MODE_LABELS[mode]).join(', ')
              : 'Not listed'}
          </dd>
        </div>
        <div>
          <dt>Kind of help</dt>
          <dd>
            <ul className="service-facts__list">
              {service.thrive.map((grouping) => (
                <li key={grouping}>
                  {grouping}: {THRIVE_EXPLANATIONS[grouping]}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  )
}

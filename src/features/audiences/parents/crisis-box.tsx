import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import area from 'virtual:harbour-area'
import { contactHref, type CrisisContact } from '../../../lib/contact-schema.ts'
import { crisisContacts } from '../../crisis/crisis-contacts.ts'

interface Line {
  contact: CrisisContact
  /** When to use it, in a parent's words. */
  when: string
}

const areaLineIds = new Set(area.crisisLines.map((line) => line.id))

function byId(id: string): CrisisContact | undefined {
  return crisisContacts.find((contact) => contact.id === id)
}

/** The lines for a child in crisis, in the order a parent needs them; the numbers come from data. */
export function crisisLinesForParents(i18n: I18n): Line[] {
  const lines: (Line | undefined)[] = [
    withWhen(
      byId('emergency'),
      i18n._(msg`If your child’s life is at risk now, or they are badly hurt`),
    ),
    withWhen(
      byId('nhs-111'),
      i18n._(msg`For urgent mental health help when it is not an emergency`),
    ),
    ...crisisContacts
      .filter((contact) => areaLineIds.has(contact.id))
      .map((contact) => withWhen(contact, contact.summary)),
    withWhen(byId('papyrus'), i18n._(msg`If you are worried your child is thinking about suicide`)),
  ]
  return lines.filter((line) => line !== undefined)
}

function withWhen(contact: CrisisContact | undefined, when: string): Line | undefined {
  return contact && { contact, when }
}

function LineName({ contact }: { contact: CrisisContact }) {
  const { name } = contact
  if (contact.id !== 'emergency') return <>{name}</>
  return <Trans>{name}, or go straight to A&amp;E</Trans>
}

/** Help now for a child in crisis: first on the parents' page, before anything else. */
export function CrisisBox() {
  const { i18n } = useLingui()
  return (
    <section className="audience-crisis" aria-labelledby="parents-crisis">
      <h2 id="parents-crisis">
        <Trans>If your child needs help right now</Trans>
      </h2>
      <ul className="audience-crisis__lines">
        {crisisLinesForParents(i18n).map(({ contact, when }) => (
          <li key={contact.id} className="audience-crisis__line">
            <p className="audience-crisis__when">{when}</p>
            <p className="audience-crisis__name">
              <LineName contact={contact} />
            </p>
            <ul className="audience-crisis__actions">
              {contact.actions
                .filter((action) => action.kind !== 'web')
                .map((action) => (
                  <li key={action.label}>
                    <a className="button button--primary" href={contactHref(action)}>
                      {action.label}
                    </a>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/help">
          <Trans>See everyone you or your child can call or text, day and night</Trans>
        </Link>
      </p>
    </section>
  )
}

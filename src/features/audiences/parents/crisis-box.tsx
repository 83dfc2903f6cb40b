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
export function crisisLinesForParents(): Line[] {
  const lines: (Line | undefined)[] = [
    withWhen(byId('emergency'), 'If your child’s life is at risk now, or they are badly hurt'),
    withWhen(byId('nhs-111'), 'For urgent mental health help when it is not an emergency'),
    ...crisisContacts
      .filter((contact) => areaLineIds.has(contact.id))
      .map((contact) => withWhen(contact, contact.summary)),
    withWhen(byId('papyrus'), 'If you are worried your child is thinking about suicide'),
  ]
  return lines.filter((line) => line !== undefined)
}

function withWhen(contact: CrisisContact | undefined, when: string): Line | undefined {
  return contact && { contact, when }
}

/** Help now for a child in crisis: first on the parents' page, before anything else. */
export function CrisisBox() {
  return (
    <section className="audience-crisis" aria-labelledby="parents-crisis">
      <h2 id="parents-crisis">If your child needs help right now</h2>
      <ul className="audience-crisis__lines">
        {crisisLinesForParents().map(({ contact, when }) => (
          <li key={contact.id} className="audience-crisis__line">
            <p className="audience-crisis__when">{when}</p>
            <p className="audience-crisis__name">
              {contact.name}
              {contact.id === 'emergency' && ', or go straight to A&E'}
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
        <Link to="/help">See everyone you or your child can call or text, day and night</Link>
      </p>
    </section>
  )
}

import type { CrisisContact } from '../../../lib/contact-schema.ts'
import { shareTitle, type ShareTarget } from './share-target.ts'

interface Words {
  appName: string
  target: ShareTarget
  url: string
  /** The numbers to end on, so a pupil reading it knows where to turn straight away. */
  contacts: readonly CrisisContact[]
}

function phrase(contact: CrisisContact): string | undefined {
  const action = contact.actions.find((a) => a.kind !== 'web')
  if (!action) return undefined
  if (action.kind === 'text') {
    return action.message ? `text ${action.message} to ${action.number}` : `text ${action.number}`
  }
  return `call ${contact.name} on ${action.number}`
}

/** A few friendly lines for a school newsletter or a class's online page, with the link. */
export function newsletterText({ appName, target, url, contacts }: Words): string {
  const what =
    target.kind === 'help'
      ? `If you, or someone you know, needs to talk to someone, this page lists free, confidential helplines that are there day and night: ${url}`
      : `Have a look at “${shareTitle(target)}”: ${url}`
  const numbers = contacts.map(phrase).filter((words) => words !== undefined)
  const lines = [
    `${appName} is a free website about feelings and mental health, for young people and the adults around them.`,
    what,
    `It’s free and private: no sign-up, no name, and nothing to install. It works on any phone, tablet or computer, and anything you write in it stays on your own device.`,
  ]
  if (numbers.length > 0) {
    lines.push(`If you ever need to talk to someone straight away, you can ${joinOr(numbers)}.`)
  }
  return lines.join('\n\n')
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { CrisisContact } from '../../../lib/contact-schema.ts'
import { shareTitle, type ShareTarget } from './share-target.ts'

interface Words {
  appName: string
  target: ShareTarget
  url: string
  /** The numbers to end on, so a pupil reading it knows where to turn straight away. */
  contacts: readonly CrisisContact[]
}

function phrase(contact: CrisisContact, i18n: I18n): string | undefined {
  const action = contact.actions.find((a) => a.kind !== 'web')
  if (!action) return undefined
  const { number } = action
  if (action.kind === 'text') {
    const { message } = action
    return message ? i18n._(msg`text ${message} to ${number}`) : i18n._(msg`text ${number}`)
  }
  const { name } = contact
  return i18n._(msg`call ${name} on ${number}`)
}

/**
 * A few friendly lines for a school newsletter or a class's online page, with the link, in the
 * interface language.
 */
export function newsletterText({ appName, target, url, contacts }: Words, i18n: I18n): string {
  const title = shareTitle(target, i18n)
  const what =
    target.kind === 'help'
      ? i18n._(
          msg`If you, or someone you know, needs to talk to someone, this page lists free, confidential helplines that are there day and night: ${url}`,
        )
      : i18n._(msg`Have a look at “${title}”: ${url}`)
  const numbers = contacts
    .map((contact) => phrase(contact, i18n))
    .filter((words) => words !== undefined)
  const lines = [
    i18n._(
      msg`${appName} is a free website about feelings and mental health, for young people and the adults around them.`,
    ),
    what,
    i18n._(
      msg`It’s free and private: no sign-up, no name, and nothing to install. It works on any phone, tablet or computer, and anything you write in it stays on your own device.`,
    ),
  ]
  if (numbers.length > 0) {
    const ways = joinOr(numbers, i18n)
    lines.push(i18n._(msg`If you ever need to talk to someone straight away, you can ${ways}.`))
  }
  return lines.join('\n\n')
}

function joinOr(items: readonly string[], i18n: I18n): string {
  const last = items.at(-1)
  if (items.length <= 1 || last === undefined) return items.join('')
  const rest = items.slice(0, -1).join(', ')
  return i18n._(msg`${rest} or ${last}`)
}

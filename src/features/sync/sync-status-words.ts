import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { SyncProblem, SyncStatus } from './engine/sync-status.ts'
import { timeAgo } from './relative-time.ts'

export interface StatusWords {
  text: string
  /** A problem asks the person to read it; everything else is quiet. */
  tone: 'quiet' | 'problem'
}

/** Each problem says what happened, that nothing was lost, and what (if anything) to do. */
export const SYNC_PROBLEM_WORDS: Record<SyncProblem, MessageDescriptor> = {
  'server-unreachable': msg`Harbour couldn’t reach the sync server just now. Your changes are safe on this device, and Harbour will try again by itself. You can also press “Sync now” in a little while.`,
  busy: msg`The sync server is busy just now. Your changes are safe on this device, and Harbour will try again by itself in a few minutes.`,
  'account-gone': msg`The synced data for your recovery key was deleted, maybe from another device, so sync is off here now. Everything is still on this device. You can turn sync on again in Settings to make a new key.`,
  'storage-full': msg`This device is out of space, so nothing more can arrive from your other devices. Nothing was lost. Making some space on the device (for example, removing apps or videos you don’t need), then pressing “Sync now”, will carry on.`,
  'server-full': msg`There’s no more room on the sync server for your things. Your changes are safe on this device but can’t be sent. To start again with a fresh copy, you can delete your synced data in Settings and turn sync on again.`,
  unknown: msg`Something went wrong while syncing. Your changes are safe on this device, and Harbour will try again. If this keeps happening, closing Harbour and opening it again may help.`,
}

function lastSynced(at: string | undefined, now: Date, i18n: I18n): string | undefined {
  if (at === undefined) return undefined
  const then = new Date(at)
  if (Number.isNaN(then.getTime())) return undefined
  const when = timeAgo(then, now, i18n)
  return i18n._(msg`Last synced ${when}`)
}

function setAsideWords(count: number, i18n: I18n): string | undefined {
  if (count <= 0) return undefined
  return i18n._(
    msg`${plural(count, {
      one: '# change from another device couldn’t be opened and was kept aside. Nothing here was changed by it.',
      other:
        '# changes from another device couldn’t be opened and were kept aside. Nothing here was changed by them.',
    })}`,
  )
}

function waitingWords(count: number, i18n: I18n): string | undefined {
  if (count <= 0) return undefined
  return i18n._(
    msg`${plural(count, {
      one: '# change is waiting to be sent.',
      other: '# changes are waiting to be sent.',
    })}`,
  )
}

function sentences(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined)
    .map((part) => (/[.…!?]$/.test(part) ? part : `${part}.`))
    .join(' ')
}

/** What the quiet status line says for each state of sync. */
export function syncStatusWords(status: SyncStatus, now: Date, i18n: I18n): StatusWords {
  switch (status.kind) {
    case 'off':
      return { tone: 'quiet', text: i18n._(msg`Sync is off on this device.`) }
    case 'starting':
      return { tone: 'quiet', text: i18n._(msg`Getting ready to sync…`) }
    case 'syncing':
      return { tone: 'quiet', text: i18n._(msg`Syncing…`) }
    case 'synced':
      return {
        tone: 'quiet',
        text: sentences(
          lastSynced(status.lastSyncedAt, now, i18n) ?? i18n._(msg`Synced`),
          waitingWords(status.waiting, i18n),
          setAsideWords(status.setAside, i18n),
        ),
      }
    case 'offline':
      return {
        tone: 'quiet',
        text: sentences(
          i18n._(msg`Offline: your changes will sync when you’re back online`),
          lastSynced(status.lastSyncedAt, now, i18n),
        ),
      }
    case 'locked':
      return { tone: 'quiet', text: i18n._(msg`Sync is paused while My space is locked.`) }
    case 'problem':
      return { tone: 'problem', text: i18n._(SYNC_PROBLEM_WORDS[status.problem]) }
  }
}

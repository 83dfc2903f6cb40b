import type { SyncProblem, SyncStatus } from './engine/sync-status.ts'
import { timeAgo } from './relative-time.ts'

export interface StatusWords {
  text: string
  /** A problem asks the person to read it; everything else is quiet. */
  tone: 'quiet' | 'problem'
}

/** Each problem says what happened, that nothing was lost, and what (if anything) to do. */
export const SYNC_PROBLEM_WORDS: Record<SyncProblem, string> = {
  'server-unreachable':
    'Harbour couldn’t reach the sync server just now. Your changes are safe on this device, and Harbour will try again by itself. You can also press “Sync now” in a little while.',
  busy: 'The sync server is busy just now. Your changes are safe on this device, and Harbour will try again by itself in a few minutes.',
  'account-gone':
    'The synced data for your recovery key was deleted, maybe from another device, so sync is off here now. Everything is still on this device. You can turn sync on again in Settings to make a new key.',
  'storage-full':
    'This device is out of space, so nothing more can arrive from your other devices. Nothing was lost. Making some space on the device (for example, removing apps or videos you don’t need), then pressing “Sync now”, will carry on.',
  'server-full':
    'There’s no more room on the sync server for your things. Your changes are safe on this device but can’t be sent. To start again with a fresh copy, you can delete your synced data in Settings and turn sync on again.',
  unknown:
    'Something went wrong while syncing. Your changes are safe on this device, and Harbour will try again. If this keeps happening, closing Harbour and opening it again may help.',
}

function lastSynced(at: string | undefined, now: Date): string | undefined {
  if (at === undefined) return undefined
  const then = new Date(at)
  return Number.isNaN(then.getTime()) ? undefined : `Last synced ${timeAgo(then, now)}`
}

function setAsideWords(count: number): string | undefined {
  if (count <= 0) return undefined
  return count === 1
    ? '1 change from another device couldn’t be opened and was kept aside. Nothing here was changed by it.'
    : `${count} changes from another device couldn’t be opened and were kept aside. Nothing here was changed by them.`
}

function waitingWords(count: number): string | undefined {
  if (count <= 0) return undefined
  return count === 1
    ? '1 change is waiting to be sent.'
    : `${count} changes are waiting to be sent.`
}

function sentences(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined)
    .map((part) => (/[.…!?]$/.test(part) ? part : `${part}.`))
    .join(' ')
}

/** What the quiet status line says for each state of sync. */
export function syncStatusWords(status: SyncStatus, now: Date): StatusWords {
  switch (status.kind) {
    case 'off':
      return { tone: 'quiet', text: 'Sync is off on this device.' }
    case 'starting':
      return { tone: 'quiet', text: 'Getting ready to sync…' }
    case 'syncing':
      return { tone: 'quiet', text: 'Syncing…' }
    case 'synced':
      return {
        tone: 'quiet',
        text: sentences(
          lastSynced(status.lastSyncedAt, now) ?? 'Synced',
          waitingWords(status.waiting),
          setAsideWords(status.setAside),
        ),
      }
    case 'offline':
      return {
        tone: 'quiet',
        text: sentences(
          'Offline: your changes will sync when you’re back online',
          lastSynced(status.lastSyncedAt, now),
        ),
      }
    case 'locked':
      return { tone: 'quiet', text: 'Sync is paused while My space is locked.' }
    case 'problem':
      return { tone: 'problem', text: SYNC_PROBLEM_WORDS[status.problem] }
  }
}

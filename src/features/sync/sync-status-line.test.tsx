import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setSyncStatus, type SyncProblem, type SyncStatus } from './engine/sync-status.ts'
import { SyncStatusLine } from './sync-status-line.tsx'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { SYNC_PROBLEM_WORDS } from './sync-status-words.ts'

const NOW = new Date('2025-06-18T12:00:00Z')
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000).toISOString()

function showStatus(status: SyncStatus) {
  act(() => setSyncStatus(status))
  return screen.getByRole('status')
}

describe('SyncStatusLine', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.setSystemTime(NOW)
    render(<SyncStatusLine />)
  })
  afterEach(() => {
    vi.useRealTimers()
    act(() => setSyncStatus({ kind: 'starting' }))
  })

  it('says when it last synced, in words, and keeps the words true as time passes', () => {
    const line = showStatus({
      kind: 'synced',
      lastSyncedAt: minutesAgo(2),
      waiting: 0,
      setAside: 0,
    })
    expect(line).toHaveTextContent(/^Last synced 2 minutes ago\.$/)
    act(() => vi.advanceTimersByTime(60 * 60_000))
    expect(line).toHaveTextContent(/^Last synced 1 hour ago\.$/)
  })

  it('says "Synced" when there is no time yet, and counts changes waiting to be sent', () => {
    expect(showStatus({ kind: 'synced', waiting: 3, setAside: 0 })).toHaveTextContent(
      'Synced. 3 changes are waiting to be sent.',
    )
  })

  it('mentions changes from another device that were kept aside', () => {
    expect(
      showStatus({ kind: 'synced', lastSyncedAt: minutesAgo(0), waiting: 0, setAside: 1 }),
    ).toHaveTextContent(
      'Last synced just now. 1 change from another device couldn’t be opened and was kept aside. Nothing here was changed by it.',
    )
    expect(showStatus({ kind: 'synced', waiting: 0, setAside: 2 })).toHaveTextContent(
      '2 changes from another device couldn’t be opened and were kept aside.',
    )
  })

  it('says when it is syncing, starting, off or paused by the lock', () => {
    expect(showStatus({ kind: 'syncing', lastSyncedAt: minutesAgo(5) })).toHaveTextContent(
      /^Syncing…$/,
    )
    expect(showStatus({ kind: 'starting' })).toHaveTextContent('Getting ready to sync…')
    expect(showStatus({ kind: 'off' })).toHaveTextContent('Sync is off on this device.')
    expect(showStatus({ kind: 'locked' })).toHaveTextContent(
      'Sync is paused while My space is locked.',
    )
  })

  it('says offline changes will sync later, with when it last synced', () => {
    expect(showStatus({ kind: 'offline', waiting: 2 })).toHaveTextContent(
      /^Offline: your changes will sync when you’re back online\.$/,
    )
    expect(
      showStatus({ kind: 'offline', waiting: 0, lastSyncedAt: minutesAgo(60 * 24 * 3) }),
    ).toHaveTextContent(
      'Offline: your changes will sync when you’re back online. Last synced 3 days ago.',
    )
  })

  it('explains every problem plainly, marked as a problem by more than colour', () => {
    const expected: Record<SyncProblem, RegExp> = {
      'server-unreachable': /couldn’t reach the sync server.*safe on this device/,
      busy: /busy.*try again by itself/,
      'account-gone': /deleted.*sync is off here.*turn sync on again/,
      'storage-full': /out of space.*Nothing was lost.*Sync now/,
      'server-full': /no more room on the sync server.*delete your synced data/,
      unknown: /Something went wrong.*safe on this device/,
    }
    for (const problem of Object.keys(expected) as SyncProblem[]) {
      const line = showStatus({ kind: 'problem', problem, lastSyncedAt: minutesAgo(9) })
      expect(line).toHaveTextContent(expected[problem])
      expect(line).toHaveTextContent(i18nFor('en')._(SYNC_PROBLEM_WORDS[problem]))
      expect(line).toHaveClass('sync-status--problem')
    }
    expect(showStatus({ kind: 'syncing' })).not.toHaveClass('sync-status--problem')
  })
})

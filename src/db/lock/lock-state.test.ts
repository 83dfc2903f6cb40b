import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { setDatabase } from '../database.ts'
import { deleteEverything } from '../delete-everything.ts'
import { HarbourDatabase } from '../schema.ts'
import { createTestDatabase } from '../test-harness.ts'
import { getLockState, subscribeToLockState } from './lock-state.ts'
import { changePasscode, lockNow, turnLockOff, turnLockOn, unlock } from './passcode-lock.ts'
import { FAST_ITERATIONS, TEST_PASSCODE } from './test-lock.ts'

const fast = { iterations: FAST_ITERATIONS }

describe('the lock state', () => {
  let stop: (() => void) | undefined
  afterEach(() => {
    stop?.()
  })

  function watch(): { changes: () => number } {
    let changes = 0
    stop = subscribeToLockState(() => (changes += 1))
    return { changes: () => changes }
  }

  it('is unknown until read, then follows this tab’s own changes at once', async () => {
    createTestDatabase()
    const watcher = watch()
    expect(getLockState()).toBeUndefined()
    await expect.poll(getLockState).toBe('off')

    await turnLockOn(TEST_PASSCODE, fast)
    expect(getLockState()).toBe('unlocked')
    lockNow()
    expect(getLockState()).toBe('locked')
    await unlock(TEST_PASSCODE)
    expect(getLockState()).toBe('unlocked')
    await turnLockOff(TEST_PASSCODE)
    expect(getLockState()).toBe('off')
    expect(watcher.changes()).toBeGreaterThanOrEqual(5)
  })

  it('follows another tab: turning the lock on, changing the passcode, deleting everything', async () => {
    const indexedDB = new IDBFactory()
    const thisTab = new HarbourDatabase({ indexedDB, IDBKeyRange })
    const otherTab = new HarbourDatabase({ indexedDB, IDBKeyRange })
    const inOtherTab = async (action: () => Promise<unknown>) => {
      setDatabase(otherTab)
      await action()
      setDatabase(thisTab)
    }
    setDatabase(thisTab)
    watch()
    await expect.poll(getLockState).toBe('off')

    // This tab never learnt the passcode's key: it is locked here too.
    await inOtherTab(() => turnLockOn(TEST_PASSCODE, fast))
    await expect.poll(getLockState).toBe('locked')
    await unlock(TEST_PASSCODE)
    expect(getLockState()).toBe('unlocked')

    // A new passcode means a new key: the one held here no longer opens anything.
    await inOtherTab(async () => {
      await unlock(TEST_PASSCODE)
      await changePasscode(TEST_PASSCODE, 'new code 42', fast)
    })
    await expect.poll(getLockState).toBe('locked')

    await inOtherTab(deleteEverything)
    await expect.poll(getLockState).toBe('off')
  })
})

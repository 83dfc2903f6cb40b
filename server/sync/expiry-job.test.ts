import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqliteStore, type SqliteStore } from '../store/sqlite.ts'
import { expireUnusedAccounts, startExpiryJob } from './expiry-job.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const START = Date.parse('2025-01-10T12:00:00Z')

let dir: string
let store: SqliteStore

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'harbour-expiry-'))
  store = await openSqliteStore({ file: path.join(dir, 'harbour.sqlite') })
})

afterEach(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

const hash = Buffer.alloc(32, 7)
const settings = (now: number) => ({ expiryDays: 400, deletionRecordDays: 30, now: () => now })

describe('expireUnusedAccounts', () => {
  it('deletes an account on the first day it has gone unused for the whole period', async () => {
    await store.createAccount('used-long-ago', hash, '2025-01-10')
    await store.createAccount('used-lately', hash, '2025-01-10')
    await store.touchAccount('used-lately', '2025-06-01')

    // 400 days after 2025-01-10 is 2026-02-14: still kept on the 400th day, gone the day after.
    const kept = await expireUnusedAccounts(store, settings(START + 400 * DAY_MS))
    expect(kept).toEqual({ accounts: 0, deletionRecords: 0 })
    expect(await store.findAccount('used-long-ago')).not.toBeNull()

    const removed = await expireUnusedAccounts(store, settings(START + 401 * DAY_MS))
    expect(removed).toEqual({ accounts: 1, deletionRecords: 0 })
    expect(await store.findAccount('used-long-ago')).toBeNull()
    expect(await store.findAccount('used-lately')).not.toBeNull()
  })

  it('forgets deletion records after 30 days', async () => {
    await store.createAccount('deleted', hash, '2025-01-10')
    await store.deleteAccount('deleted', '2025-01-10')
    await expireUnusedAccounts(store, settings(START + 30 * DAY_MS))
    expect(await store.findDeletedAccount('deleted')).toEqual(hash)
    await expireUnusedAccounts(store, settings(START + 31 * DAY_MS))
    expect(await store.findDeletedAccount('deleted')).toBeNull()
  })
})

describe('startExpiryJob', () => {
  it('runs at once and then on its interval, logging counts and no ids', async () => {
    const lines: Array<[object, string]> = []
    const log = {
      info: (details: object, message: string) => lines.push([details, message]),
      error: (details: object, message: string) => lines.push([details, message]),
    }
    await store.createAccount('stale-account-id', hash, '2020-01-01')
    const job = startExpiryJob({ store, settings: settings(START), log, intervalMs: 20 })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(await store.findAccount('stale-account-id')).toBeNull()

    await store.createAccount('another-stale-id', hash, '2020-01-01')
    await new Promise((resolve) => setTimeout(resolve, 60))
    await job.stop()
    expect(await store.findAccount('another-stale-id')).toBeNull()
    expect(lines).toEqual([
      [{ accounts: 1, deletionRecords: 0 }, 'expired unused sync accounts'],
      [{ accounts: 1, deletionRecords: 0 }, 'expired unused sync accounts'],
    ])
  })

  it('logs a failure and keeps running', async () => {
    const errors: string[] = []
    const log = {
      info: () => {},
      error: (_details: object, message: string) => errors.push(message),
    }
    await store.close()
    const job = startExpiryJob({ store, settings: settings(START), log, intervalMs: 1000 })
    await job.stop()
    expect(errors).toEqual(['expiring sync accounts failed'])
  })
})

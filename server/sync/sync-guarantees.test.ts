import { randomUUID } from 'node:crypto'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { addCheckIn, listCheckIns, updateCheckIn } from '../../src/db/check-ins.ts'
import { setDatabase } from '../../src/db/database.ts'
import { addGoal, listGoals, updateGoal } from '../../src/db/goals.ts'
import { LockedError } from '../../src/db/lock/locked-error.ts'
import { lockNow, turnLockOff, turnLockOn, unlock } from '../../src/db/lock/passcode-lock.ts'
import { HarbourDatabase } from '../../src/db/schema.ts'
import { openBase } from '../../src/db/sync/base-sealing.ts'
import { forgetSync, isSyncOn } from '../../src/db/sync/sync-key.ts'
import { readProgress, SyncTurnedOffError } from '../../src/db/sync/sync-store.ts'
import { opAdditionalData, sealPadded } from '../../src/features/sync/engine/op-sealing.ts'
import { generateRecoveryKey } from '../../src/features/sync/engine/recovery-key.ts'
import {
  joinWithRecoveryKey,
  useSyncTransport,
} from '../../src/features/sync/engine/sync-runner.ts'
import { storedBytes } from '../testing/stored-bytes.ts'
import { recordsOf } from '../testing/sync-device-state.ts'
import {
  injectFetch,
  newSyncedKey,
  syncDevice,
  type TestSyncDevice,
} from '../testing/sync-devices.ts'
import { STORE_KINDS, startTestServer, type TestServer } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')
const DAY = 24 * 60 * 60 * 1000

function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}

describe.each(STORE_KINDS)('sync guarantees, on %s', (kind) => {
  let server: TestServer
  let key: string
  let phone: TestSyncDevice
  let laptop: TestSyncDevice
  const logLines: string[] = []

  beforeEach(async () => {
    logLines.length = 0
    server = await startTestServer(kind, postgresUrl, {
      logger: { level: 'debug', stream: { write: (line: string) => logLines.push(line) } },
    })
    key = await newSyncedKey(() => server.app)
    phone = await syncDevice({ name: 'phone', recoveryKey: key, getApp: () => server.app })
    laptop = await syncDevice({ name: 'laptop', recoveryKey: key, getApp: () => server.app })
  })
  afterEach(async () => {
    await server.close()
  })

  async function everythingOnServer(reader: TestSyncDevice) {
    const page = await reader.api.pull(0, 200)
    return page.ops
  }

  async function addNotes(device: TestSyncDevice, count: number, prefix = 'note') {
    device.use()
    for (let index = 0; index < count; index++) {
      await addCheckIn({ mood: 3, feelings: [], happenings: [], note: `${prefix} ${index}` })
    }
  }

  async function converged() {
    await phone.sync()
    await laptop.sync()
    await phone.sync()
    expect(await recordsOf(laptop.database)).toEqual(await recordsOf(phone.database))
  }

  it('loses nothing when an upload is cut off half way, and sends it whole next time', async () => {
    await addNotes(phone, 5)
    phone.faults.cutNextPush = true
    await expect(phone.sync()).rejects.toThrow(/body|JSON/i)
    expect(await everythingOnServer(laptop)).toHaveLength(0)
    expect(await phone.database.syncOutbox.count()).toBe(5)
    await converged()
    expect(await everythingOnServer(laptop)).toHaveLength(5)
  })

  it('stores a change once when the answer is lost after the server committed it', async () => {
    await addNotes(phone, 4)
    phone.faults.loseAnswerOf = 1
    await expect(phone.sync()).rejects.toThrow(/could not be reached/)
    expect(await everythingOnServer(laptop)).toHaveLength(4)
    await converged()
    const ops = await everythingOnServer(laptop)
    expect(ops).toHaveLength(4)
    expect(new Set(ops.map((op) => op.id)).size).toBe(4)
  })

  it('stores a batch once when the network delivers it twice', async () => {
    await addNotes(phone, 3)
    phone.faults.repeatNextPush = true
    await phone.sync()
    expect(await everythingOnServer(laptop)).toHaveLength(3)
    await converged()
  })

  it('carries on after the server restarts in the middle of a sync', async () => {
    await addNotes(phone, 3)
    await phone.sync()
    await addNotes(laptop, 3, 'laptop note')
    laptop.faults.afterNextRequest = () => server.restart()
    await laptop.sync()
    await converged()
    phone.use()
    expect(await listCheckIns()).toHaveLength(6)
    expect(await everythingOnServer(phone)).toHaveLength(6)
  })

  it('lets a change made after seeing another win, whatever the two device clocks say', async () => {
    const ahead = await syncDevice({
      name: 'ahead',
      recoveryKey: key,
      getApp: () => server.app,
      clockOffset: DAY,
    })
    ahead.use()
    const goal = await addGoal('Walk the dog')
    await updateGoal(goal.id, 'Walk the dog every day')
    await ahead.sync()
    await phone.sync()
    // The phone's clock is a day behind the other device's, but it saw that change first.
    phone.use()
    await updateGoal(goal.id, 'Walk the dog with Gran')
    await phone.sync()
    await ahead.sync()
    ahead.use()
    expect((await listGoals())[0]?.title).toBe('Walk the dog with Gran')
    expect(await recordsOf(ahead.database)).toEqual(await recordsOf(phone.database))
  })

  it('keeps a note’s words and every field name out of the server’s storage and logs', async () => {
    const marker = `KNOWN-PLAINTEXT-${randomUUID()}`
    phone.use()
    const checkIn = await addCheckIn({
      mood: 2,
      feelings: ['worried'],
      happenings: ['school'],
      note: `Today ${marker} was hard`,
    })
    await addGoal(`Goal ${marker}`)
    await phone.sync()
    await updateCheckIn(checkIn.id, { note: `Later ${marker}` })
    await phone.sync({ snapshotEvery: 1 })
    await laptop.sync()
    laptop.use()
    expect((await listCheckIns())[0]?.note).toBe(`Later ${marker}`)

    const stored = (await storedBytes(server, postgresUrl)).toString('latin1')
    const logs = logLines.join('\n')
    for (const [where, text] of [
      ['storage', stored],
      ['logs', logs],
    ] as const) {
      expect(text.includes(marker), `${where} holds the note`).toBe(false)
      for (const name of ['happenings', 'feelings', 'checkIns', 'createdAt', 'updatedAt']) {
        expect(text.includes(name), `${where} holds ${name}`).toBe(false)
      }
      for (const name of ['note', 'mood', 'title', 'goals', 'at']) {
        expect(text.includes(`"${name}"`), `${where} holds "${name}"`).toBe(false)
      }
    }
  })

  it('sets a tampered op aside: not applied, not dropped, and the rest still arrives', async () => {
    await addNotes(phone, 3)
    await phone.sync()
    laptop.faults.flipBitInNextPage = true
    await laptop.sync()
    const setAside = await laptop.database.syncSetAside.toArray()
    expect(setAside).toHaveLength(1)
    expect(setAside[0]?.reason).toBe('could-not-open')
    const ops = await everythingOnServer(phone)
    expect(ops.map((op) => op.id)).toContain(setAside[0]?.id)
    laptop.use()
    expect(await listCheckIns()).toHaveLength(2)
    expect((await readProgress()).cursor).toBe(3)
  })

  it('sets aside an op that opens but is not a change Harbour can read', async () => {
    const id = `not-a-change-${randomUUID()}`
    const blob = await sealPadded(
      phone.keys.encKey,
      { hello: 'from something else' },
      opAdditionalData(phone.keys.accountId, id),
    )
    await phone.api.push([{ id, ...blob }])
    await addNotes(phone, 1)
    await phone.sync()
    await laptop.sync()
    const setAside = await laptop.database.syncSetAside.toArray()
    expect(setAside.map((op) => [op.id, op.reason])).toEqual([[id, 'not-a-change']])
    laptop.use()
    expect(await listCheckIns()).toHaveLength(1)
  })

  it('works with the passcode lock on, and waits while My space is locked', async () => {
    const marker = `LOCKED-${randomUUID()}`
    laptop.use()
    await turnLockOn('4821', { iterations: 1_000 })
    await addNotes(phone, 2, marker)
    await phone.sync()
    await laptop.sync()
    laptop.use()
    expect(await listCheckIns()).toHaveLength(2)
    // Everything on the device stays sealed: records and the recovery key.
    const stored = JSON.stringify(await recordsOf(laptop.database))
    expect(stored).not.toContain(marker)
    expect(JSON.stringify(await laptop.database.syncState.toArray())).not.toContain(key)
    lockNow()
    await expect(laptop.sync()).rejects.toBeInstanceOf(LockedError)
    expect(await unlock('4821')).toBe(true)
    await addNotes(phone, 1, 'after the lock')
    await phone.sync()
    await laptop.sync()
    laptop.use()
    expect(await listCheckIns()).toHaveLength(3)
    await turnLockOff('4821')
    expect(JSON.stringify(await laptop.database.syncState.toArray())).toContain(key)
  })

  it('stores nothing from a sync that was under way when sync was turned off', async () => {
    await addNotes(phone, 3)
    await phone.sync()
    laptop.faults.afterNextRequest = async () => {
      laptop.use()
      await forgetSync()
    }
    await expect(laptop.sync()).rejects.toBeInstanceOf(SyncTurnedOffError)
    expect(await laptop.database.checkIns.count()).toBe(0)
    expect(await laptop.database.syncBase.count()).toBe(0)
  })

  it('keeps a field from a newer version of Harbour through edits and sync', async () => {
    phone.use()
    const checkIn = await addCheckIn({ mood: 3, feelings: [], happenings: [] })
    await phone.sync()
    // A newer app on another device adds a field this version does not know, and a new table.
    const change = {
      t: 'checkIns',
      i: checkIn.id,
      f: { sleepHours: { v: 7, s: '0zzzzzzzz:0000:newerapp1' } },
    }
    const other = {
      t: 'dreamDiary',
      i: randomUUID(),
      f: { words: { v: 'a boat', s: '0zzzzzzzz:0001:newerapp1' } },
    }
    const ops = await Promise.all(
      [change, other].map(async (value, index) => {
        const id = `newer-app-op-${index}-${randomUUID()}`
        return {
          id,
          ...(await sealPadded(
            phone.keys.encKey,
            value,
            opAdditionalData(phone.keys.accountId, id),
          )),
        }
      }),
    )
    await phone.api.push(ops)
    await laptop.sync()
    laptop.use()
    await updateCheckIn(checkIn.id, { note: 'Slept well' })
    await laptop.sync()
    await phone.sync()
    phone.use()
    const row = (await phone.database.checkIns.get(checkIn.id)) as unknown as Record<
      string,
      unknown
    >
    expect(row['sleepHours']).toBe(7)
    expect(row['note']).toBe('Slept well')
    const base = await phone.database.syncBase.get(`dreamDiary|${other.i}`)
    expect(base && (await openBase(phone.keys.encKey, base)).f['words']?.v).toBe('a boat')
  })

  it('does not move the cursor past changes it could not store (a full device)', async () => {
    await addNotes(phone, 4)
    await phone.sync()
    const refuse = () => {
      throw quotaExceeded()
    }
    laptop.database.checkIns.hook('creating', refuse)
    await expect(laptop.sync()).rejects.toThrow(/quota/i)
    laptop.use()
    expect((await readProgress()).cursor).toBe(0)
    expect(await laptop.database.checkIns.count()).toBe(0)
    laptop.database.checkIns.hook('creating').unsubscribe(refuse)
    await converged()
    expect(await laptop.database.checkIns.count()).toBe(4)
  })

  it('brings a new device up from a snapshot after older changes were folded into it', async () => {
    await addNotes(phone, 12)
    await phone.sync({ snapshotEvery: 5 })
    expect((await readProgress()).snapshotSeq).toBe(12)
    await expect(laptop.api.pull(0, 10)).rejects.toMatchObject({ status: 410 })
    await laptop.sync()
    laptop.use()
    expect(await listCheckIns()).toHaveLength(12)
    expect(await recordsOf(laptop.database)).toEqual(await recordsOf(phone.database))
  })

  it('sends everything again when the synced data was deleted and the key used again', async () => {
    await addNotes(phone, 3)
    await phone.sync()
    await phone.api.deleteAccount()
    await phone.api.createAccount()
    await phone.sync()
    const ops = await everythingOnServer(laptop)
    expect(ops).toHaveLength(3)
    await laptop.sync()
    laptop.use()
    expect(await listCheckIns()).toHaveLength(3)
  })

  it('says a wrong key matches no synced data, and changes nothing on the device', async () => {
    const device = new HarbourDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
    setDatabase(device)
    await addCheckIn({ mood: 4, feelings: [], happenings: [], note: 'Only here' })
    const before = await recordsOf(device)
    useSyncTransport({
      baseUrl: '',
      fetch: injectFetch(() => server.app, { offline: false, loseAnswerOf: 0, messyPages: false }),
    })
    expect(await joinWithRecoveryKey(generateRecoveryKey())).toEqual({
      ok: false,
      problem: 'no-match',
    })
    setDatabase(device)
    expect(await isSyncOn()).toBe(false)
    expect(await recordsOf(device)).toEqual(before)
    expect(await device.syncOutbox.count()).toBe(1)
    expect(await device.syncBase.count()).toBe(0)
    // The right key joins, and the device's own check-in goes up with everything else.
    await addNotes(phone, 2)
    await phone.sync()
    setDatabase(device)
    expect(await joinWithRecoveryKey(key)).toEqual({ ok: true })
    await phone.sync()
    phone.use()
    expect((await listCheckIns()).map((each) => each.note).sort()).toEqual([
      'Only here',
      'note 0',
      'note 1',
    ])
  })
})

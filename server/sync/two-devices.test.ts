import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { addCheckIn, deleteCheckIn, listCheckIns, updateCheckIn } from '../../src/db/check-ins.ts'
import { addGoal, listGoals, updateGoal } from '../../src/db/goals.ts'
import { keptTextsOf, recordsOf } from '../testing/sync-device-state.ts'
import { newSyncedKey, syncDevice, type TestSyncDevice } from '../testing/sync-devices.ts'
import { STORE_KINDS, startTestServer, type TestServer } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')
const DAY = 24 * 60 * 60 * 1000

describe.each(STORE_KINDS)('two devices syncing through the server on %s', (kind) => {
  let server: TestServer
  let phone: TestSyncDevice
  let laptop: TestSyncDevice

  beforeEach(async () => {
    server = await startTestServer(kind, postgresUrl)
    const key = await newSyncedKey(() => server.app)
    phone = await syncDevice({ name: 'phone', recoveryKey: key, getApp: () => server.app })
    // A day behind: its stamps would lose every tie on wall time alone.
    laptop = await syncDevice({
      name: 'laptop',
      recoveryKey: key,
      getApp: () => server.app,
      clockOffset: -DAY,
    })
  })
  afterEach(async () => {
    await server.close()
  })

  async function settle(first: TestSyncDevice, second: TestSyncDevice) {
    await first.sync()
    await second.sync()
    await first.sync()
  }

  it('brings one device’s records to another', async () => {
    phone.use()
    await addCheckIn({ mood: 4, feelings: ['calm'], happenings: [], note: 'A good walk' })
    const goal = await addGoal('Sleep before 11')
    await phone.sync()
    await laptop.sync()
    laptop.use()
    expect((await listCheckIns()).map((each) => each.note)).toEqual(['A good walk'])
    expect((await listGoals()).map((each) => each.id)).toEqual([goal.id])
    expect(await recordsOf(laptop.database)).toEqual(await recordsOf(phone.database))
  })

  it.each([
    ['the phone first', true],
    ['the laptop first', false],
  ])('merges offline edits on both, synced with %s', async (_order, phoneFirst) => {
    phone.use()
    const goal = await addGoal('Go to football')
    const shared = await addCheckIn({ mood: 3, feelings: [], happenings: [], note: 'Before' })
    await phone.sync()
    await laptop.sync()

    // Both offline now: new check-ins on both, the same goal's words changed on both, and a
    // check-in deleted on one and edited on the other.
    phone.use()
    await addCheckIn({ mood: 2, feelings: [], happenings: [], note: 'Phone check-in' })
    await updateGoal(goal.id, 'Go to football on Saturdays')
    await deleteCheckIn(shared.id)
    laptop.use()
    await addCheckIn({ mood: 5, feelings: [], happenings: [], note: 'Laptop check-in' })
    await updateGoal(goal.id, 'Go to football with Sam')
    await updateCheckIn(shared.id, { note: 'Before, and after' })

    if (phoneFirst) await settle(phone, laptop)
    else await settle(laptop, phone)

    expect(await recordsOf(phone.database)).toEqual(await recordsOf(laptop.database))
    phone.use()
    const notes = (await listCheckIns()).map((each) => each.note).sort()
    // No check-in is lost; the edit the deletion never saw brings that check-in back.
    expect(notes).toEqual(['Before, and after', 'Laptop check-in', 'Phone check-in'])
    // The later edit wins the goal's words (the phone's: the laptop's clock is a day behind,
    // but it had seen nothing newer); the other words are kept beside it.
    const [title] = (await listGoals()).map((each) => each.title)
    const kept = await keptTextsOf(phone.database)
    expect([title, ...kept].sort()).toEqual([
      'Go to football on Saturdays',
      'Go to football with Sam',
    ])
    expect(kept).toHaveLength(1)
    expect(await keptTextsOf(laptop.database)).toEqual(kept)
  })
})

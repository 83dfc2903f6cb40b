import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { addCheckIn, deleteCheckIn, listCheckIns, updateCheckIn } from '../../src/db/check-ins.ts'
import { addGoal, deleteGoal, GoalLimitError, listGoals, updateGoal } from '../../src/db/goals.ts'
import { readChange } from '../../src/features/sync/engine/change-shape.ts'
import { opAdditionalData, openPadded } from '../../src/features/sync/engine/op-sealing.ts'
import type { PulledOp } from '../../src/features/sync/engine/sync-api.ts'
import { keptTextsOf, recordsOf } from '../testing/sync-device-state.ts'
import { newSyncedKey, syncDevice, type TestSyncDevice } from '../testing/sync-devices.ts'
import { STORE_KINDS, startTestServer } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')
const DEVICES = 3
const HOUR = 60 * 60 * 1000

type Step =
  | { kind: 'add-check-in' | 'add-goal'; device: number }
  | {
      kind: 'edit-note' | 'delete-check-in' | 'edit-goal' | 'delete-goal'
      device: number
      pick: number
    }
  | {
      kind: 'sync'
      device: number
      fault: 'none' | 'offline' | 'lose-answer'
      nth: number
      messy: boolean
    }
  | { kind: 'restart-server' }

const device = fc.nat(DEVICES - 1)
const pick = fc.nat(20)
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-check-in' as const), device }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add-goal' as const), device }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'edit-note' as const,
        'delete-check-in' as const,
        'edit-goal' as const,
        'delete-goal' as const,
      ),
      device,
      pick,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      fault: fc.constantFrom(
        'none' as const,
        'none' as const,
        'offline' as const,
        'lose-answer' as const,
      ),
      nth: fc.integer({ min: 1, max: 4 }),
      messy: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart-server' as const }) },
)

/** Every op on the server, opened: the account's whole history. */
async function serverHistory(reader: TestSyncDevice) {
  const ops: PulledOp[] = []
  for (let after = 0; ;) {
    const page = await reader.api.pull(after, 200)
    ops.push(...page.ops)
    if (!page.hasMore || page.ops.length === 0) break
    after = page.ops.at(-1)!.seq
  }
  const changes = await Promise.all(
    ops.map(async (op) =>
      readChange(
        await openPadded(reader.keys.encKey, op, opAdditionalData(reader.keys.accountId, op.id)),
      ),
    ),
  )
  return { ops, changes }
}

describe.each(STORE_KINDS)('several devices syncing at random, on %s', (kind) => {
  it('end identical, with every change on the server once and every text reachable', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 40 }),
        fc.array(fc.integer({ min: -24, max: 24 }), { minLength: DEVICES, maxLength: DEVICES }),
        async (steps, clockHours) => {
          const server = await startTestServer(kind, postgresUrl)
          try {
            const key = await newSyncedKey(() => server.app)
            const devices: TestSyncDevice[] = []
            for (let index = 0; index < DEVICES; index++) {
              devices.push(
                await syncDevice({
                  name: `device ${index}`,
                  recoveryKey: key,
                  getApp: () => server.app,
                  clockOffset: (clockHours[index] ?? 0) * HOUR,
                  seed: index + 1,
                }),
              )
            }
            const written = new Set<string>()
            const replacedKnowingly = new Set<string>()
            let counter = 0
            const fresh = (what: string) => `${what} ${++counter}`

            // A shared start, so the random edits often meet the same records.
            devices[0]!.use()
            for (const note of [fresh('note'), fresh('note')]) {
              written.add(note)
              await addCheckIn({ mood: 3, feelings: [], happenings: [], note })
            }
            for (const title of [fresh('goal'), fresh('goal')]) {
              written.add(title)
              await addGoal(title)
            }
            for (const each of devices) await each.sync()

            for (const each of steps) {
              if (each.kind === 'restart-server') {
                await server.restart()
                continue
              }
              const on = devices[each.device]!
              on.use()
              const checkIns = await listCheckIns()
              const goals = await listGoals()
              const checkIn =
                checkIns.length > 0
                  ? checkIns[('pick' in each ? each.pick : 0) % checkIns.length]
                  : undefined
              const goal =
                goals.length > 0
                  ? goals[('pick' in each ? each.pick : 0) % goals.length]
                  : undefined
              switch (each.kind) {
                case 'add-check-in': {
                  const note = fresh('note')
                  written.add(note)
                  await addCheckIn({ mood: 3, feelings: [], happenings: [], note })
                  break
                }
                case 'edit-note':
                  if (checkIn) {
                    const note = fresh('note')
                    written.add(note)
                    if (checkIn.note) replacedKnowingly.add(checkIn.note)
                    await updateCheckIn(checkIn.id, { note })
                  }
                  break
                case 'delete-check-in':
                  if (checkIn) {
                    if (checkIn.note) replacedKnowingly.add(checkIn.note)
                    await deleteCheckIn(checkIn.id)
                  }
                  break
                case 'add-goal': {
                  const title = fresh('goal')
                  try {
                    await addGoal(title)
                    written.add(title)
                  } catch (error) {
                    if (!(error instanceof GoalLimitError)) throw error
                  }
                  break
                }
                case 'edit-goal':
                  if (goal) {
                    const title = fresh('goal')
                    written.add(title)
                    replacedKnowingly.add(goal.title)
                    await updateGoal(goal.id, title)
                  }
                  break
                case 'delete-goal':
                  if (goal) {
                    replacedKnowingly.add(goal.title)
                    await deleteGoal(goal.id)
                  }
                  break
                case 'sync':
                  on.faults.offline = each.fault === 'offline'
                  on.faults.loseAnswerOf = each.fault === 'lose-answer' ? each.nth : 0
                  on.faults.messyPages = each.messy
                  try {
                    await on.sync()
                  } catch (error) {
                    // Only the faults this test causes may stop a sync.
                    if (each.fault === 'none') throw error
                  } finally {
                    Object.assign(on.faults, { offline: false, loseAnswerOf: 0, messyPages: false })
                  }
                  break
              }
            }

            // Everyone back online: sync until all have everything.
            for (let round = 0; round < 2; round++) for (const each of devices) await each.sync()

            const first = await recordsOf(devices[0]!.database)
            for (const each of devices.slice(1)) {
              expect(await recordsOf(each.database)).toEqual(first)
            }

            const { ops, changes } = await serverHistory(devices[0]!)
            expect(ops.map((op) => op.seq)).toEqual(ops.map((_op, index) => index + 1))
            expect(new Set(ops.map((op) => op.id)).size).toBe(ops.length)
            // No change stored twice under different ids (a resend after a lost answer).
            const signatures = changes.map((change) => {
              expect(change).toBeDefined()
              const stamps = [
                ...Object.values(change!.f).map((state) => state.s),
                change!.d?.s ?? '',
              ]
              return `${change!.t}|${change!.i}|${stamps.sort().at(-1)}`
            })
            expect(new Set(signatures).size).toBe(signatures.length)

            devices[0]!.use()
            const present = new Set([
              ...(await listCheckIns()).flatMap((each) => (each.note ? [each.note] : [])),
              ...(await listGoals()).map((each) => each.title),
              ...(await keptTextsOf(devices[0]!.database)),
            ])
            for (const text of written) {
              if (!present.has(text) && !replacedKnowingly.has(text)) {
                throw new Error(`"${text}" was written and then lost`)
              }
            }
          } finally {
            await server.close()
          }
        },
      ),
      { numRuns: kind === 'sqlite' ? 40 : 20 },
    )
  }, 180_000)
})

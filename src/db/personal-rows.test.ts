import { liveQuery } from 'dexie'
import { describe, expect, it } from 'vitest'
import { addCheckIn, getCheckIn, listCheckIns } from './check-ins.ts'
import { addGoal, listGoals, listRatings, rateGoal } from './goals.ts'
import { LockedError } from './lock/locked-error.ts'
import { currentRowLock } from './lock/row-lock.ts'
import { createTestDatabaseWithLock, FAST_ITERATIONS, LOCK_MODES } from './lock/test-lock.ts'
import { changeRows, editRow, toStored } from './personal-rows.ts'
import type { CheckInRow, LockRecord } from './rows.ts'
import { changeSafetyPlan, emptySafetyPlan, getSafetyPlan, saveSafetyPlan } from './safety-plan.ts'
import { isSealed } from './sealing.ts'
import { storeAsIs } from './test-harness.ts'

const checkIn: CheckInRow = {
  id: '0b9d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  at: '2026-01-10T08:30:00.000Z',
  mood: 3,
  feelings: [],
  happenings: [],
}

/**
 * A live query's results, each told once: a query may run again for writes that change nothing
 * it returns (a busy machine makes that likelier), and these tests are about what it returns.
 */
function distinctResults() {
  const all: number[] = []
  return {
    seen: (count: number) => all.push(count),
    results: () => all.filter((count, index) => index === 0 || count !== all[index - 1]),
  }
}

describe.each(LOCK_MODES)('changing personal records, with the lock %s', (mode) => {
  it('works a change out again when another tab changed the record in the meantime', async () => {
    const database = await createTestDatabaseWithLock(mode)
    await saveSafetyPlan({ ...emptySafetyPlan(), coping: [{ id: 'a', text: 'Draw' }] })
    // What another tab saves while this one is working out its change.
    const otherTab = await toStored(await currentRowLock(database), 'documents', {
      id: 'safety-plan',
      updatedAt: new Date().toISOString(),
      data: { coping: [{ id: 'o', text: 'From the other tab' }] },
    })
    const seen: string[][] = []
    const next = await changeSafetyPlan((plan) => {
      seen.push(plan.coping.map((item) => item.text))
      // Started before this change's own transaction, so it is stored first.
      if (seen.length === 1) void storeAsIs(database, 'documents', otherTab)
      return { ...plan, coping: [...plan.coping, { id: 'b', text: 'Walk' }] }
    })
    expect(seen).toEqual([['Draw'], ['From the other tab']])
    expect(next.coping.map((item) => item.text)).toEqual(['From the other tab', 'Walk'])
    expect((await getSafetyPlan())?.plan.coping).toEqual(next.coping)
  })

  it('gives up after several tries rather than overwrite a record that keeps changing', async () => {
    const database = await createTestDatabaseWithLock(mode)
    const stored = await toStored(await currentRowLock(database), 'checkIns', checkIn)
    await storeAsIs(database, 'checkIns', stored)
    let tries = 0
    const attempt = editRow('checkIns', checkIn.id, (current) => {
      tries += 1
      // Another tab's change, made as every change is: with its outbox mark.
      void storeAsIs(database, 'checkIns', { ...checkIn, mood: ((tries % 5) + 1) as 1 })
      return { row: current && { ...current, note: 'mine' }, result: true }
    })
    await expect(attempt).rejects.toThrow(/somewhere else/)
    expect(tries).toBe(5)
    expect((await listCheckIns())[0]?.note).toBeUndefined()
  })

  it('follows every read in a live query, even reads after records were opened', async () => {
    await createTestDatabaseWithLock(mode)
    const goal = await addGoal('Sleep better')
    const { seen, results } = distinctResults()
    const subscription = liveQuery(async () => {
      // As My space's goals page reads: the goals, then (after opening them) their ratings.
      const goals = await listGoals()
      const ratings = await Promise.all(goals.map((each) => listRatings(each.id)))
      return ratings.flat().length
    }).subscribe(seen)
    await expect.poll(results).toEqual([0])
    await rateGoal(goal.id, 6)
    await expect.poll(results).toEqual([0, 1])
    subscription.unsubscribe()
  })

  it('follows a read that comes after one record was opened', async () => {
    await createTestDatabaseWithLock(mode)
    const { id } = await addCheckIn({ mood: 2, feelings: [], happenings: [] })
    const { seen, results } = distinctResults()
    const subscription = liveQuery(async () => {
      expect(await getCheckIn(id)).toBeDefined()
      return (await listGoals()).length
    }).subscribe(seen)
    await expect.poll(results).toEqual([0])
    await addGoal('Sleep better')
    await expect.poll(results).toEqual([0, 1])
    subscription.unsubscribe()
  })
})

describe('a change prepared before another tab turned the lock on', () => {
  it('is never stored plain: it waits for the passcode instead', async () => {
    const database = await createTestDatabaseWithLock('off')
    const otherTabsLock: LockRecord = {
      id: 'lock',
      salt: 'c2FsdHNhbHRzYWx0c2FsdA',
      iterations: FAST_ITERATIONS,
      check: { v: 1, alg: 'A256GCM', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' },
    }
    let tries = 0
    const change = changeRows(['checkIns'], async (lock, db) => {
      tries += 1
      const stored = await toStored(lock, 'checkIns', checkIn)
      expect(isSealed(stored)).toBe(false)
      await db.meta.put(otherTabsLock)
      return { write: () => db.checkIns.add(stored) }
    })
    await expect(change).rejects.toBeInstanceOf(LockedError)
    expect(tries).toBe(1)
    expect(await database.checkIns.count()).toBe(0)
  })
})

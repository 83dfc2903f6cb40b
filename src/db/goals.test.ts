import { beforeEach, describe, expect, it } from 'vitest'
import {
  addGoal,
  archiveGoal,
  deleteGoal,
  GoalLimitError,
  listGoals,
  listRatings,
  rateGoal,
  restoreGoal,
  updateGoal,
} from './goals.ts'
import type { HarbourDatabase } from './schema.ts'
import { createTestDatabaseWithLock, LOCK_MODES } from './lock/test-lock.ts'

describe.each(LOCK_MODES)('goals, with the lock %s', (mode) => {
  let database: HarbourDatabase
  beforeEach(async () => {
    database = await createTestDatabaseWithLock(mode)
  })

  it('adds goals in the person’s words, trimmed, and lists them oldest first', async () => {
    const first = await addGoal('  Sleep before midnight  ')
    await new Promise((resolve) => setTimeout(resolve, 2))
    await addGoal('Talk to my mum when I’m upset')
    expect(first.title).toBe('Sleep before midnight')
    expect((await listGoals()).map((goal) => goal.title)).toEqual([
      'Sleep before midnight',
      'Talk to my mum when I’m upset',
    ])
  })

  it('refuses a fourth active goal with a clear message, and allows one after archiving', async () => {
    const [a] = [await addGoal('A'), await addGoal('B'), await addGoal('C')]
    const refused = addGoal('D')
    await expect(refused).rejects.toBeInstanceOf(GoalLimitError)
    await expect(refused).rejects.toThrow(/three goals/)
    expect(await listGoals()).toHaveLength(3)

    expect(await archiveGoal(a!.id)).toBe(true)
    await addGoal('D')
    const goals = await listGoals()
    expect(goals).toHaveLength(4)
    expect(goals.filter((goal) => goal.archivedAt === undefined)).toHaveLength(3)
  })

  it('lets only one of two goals added at once through when two places are left', async () => {
    await addGoal('A')
    await addGoal('B')
    const results = await Promise.allSettled([addGoal('C'), addGoal('D')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(await listGoals()).toHaveLength(3)
  })

  it('brings a past goal back only when there is room', async () => {
    const old = await addGoal('Old')
    await archiveGoal(old.id)
    const [, , c] = [await addGoal('A'), await addGoal('B'), await addGoal('C')]
    await expect(restoreGoal(old.id)).rejects.toBeInstanceOf(GoalLimitError)
    await deleteGoal(c!.id)
    expect(await restoreGoal(old.id)).toBe(true)
    const restored = (await listGoals()).find((goal) => goal.id === old.id)
    expect(restored).toBeDefined()
    expect(restored).not.toHaveProperty('archivedAt')
    expect(await restoreGoal('gone')).toBe(false)
  })

  it('changes the words, and says when the goal is gone', async () => {
    const goal = await addGoal('Go to school more')
    expect(await updateGoal(goal.id, 'Go to school on Mondays')).toBe(true)
    expect((await listGoals())[0]?.title).toBe('Go to school on Mondays')
    await deleteGoal(goal.id)
    expect(await updateGoal(goal.id, 'Anything')).toBe(false)
    expect(await archiveGoal(goal.id)).toBe(false)
  })

  it('refuses empty words as a programming error', async () => {
    await expect(addGoal('   ')).rejects.toBeInstanceOf(RangeError)
    await expect(addGoal('x'.repeat(201))).rejects.toBeInstanceOf(RangeError)
  })

  it('rates a goal 0 to 10 as often as wanted, and lists the ratings oldest first', async () => {
    const goal = await addGoal('Feel calmer')
    await rateGoal(goal.id, 7, '2026-02-03T10:00:00.000Z')
    await rateGoal(goal.id, 2, '2026-01-05T10:00:00.000Z')
    await rateGoal(goal.id, 0, '2026-01-20T10:00:00.000Z')
    await rateGoal(goal.id, 10, '2026-02-03T11:00:00.000Z')
    expect((await listRatings(goal.id)).map((row) => row.rating)).toEqual([2, 0, 7, 10])
    await expect(rateGoal(goal.id, 11)).rejects.toBeInstanceOf(RangeError)
    await expect(rateGoal(goal.id, 2.5)).rejects.toBeInstanceOf(RangeError)
    await expect(rateGoal(goal.id, -1)).rejects.toBeInstanceOf(RangeError)
  })

  it('keeps each goal’s ratings apart', async () => {
    const a = await addGoal('A')
    const b = await addGoal('B')
    await rateGoal(a.id, 3)
    await rateGoal(b.id, 8)
    expect((await listRatings(a.id)).map((row) => row.rating)).toEqual([3])
    expect((await listRatings(b.id)).map((row) => row.rating)).toEqual([8])
  })

  it('does not rate a goal that was deleted', async () => {
    const goal = await addGoal('A')
    await deleteGoal(goal.id)
    expect(await rateGoal(goal.id, 5)).toBeUndefined()
    expect(await database.goalRatings.count()).toBe(0)
  })

  it('deletes a goal with all its ratings, and leaves other goals’ ratings', async () => {
    const a = await addGoal('A')
    const b = await addGoal('B')
    await rateGoal(a.id, 3)
    await rateGoal(a.id, 4)
    await rateGoal(b.id, 8)
    await deleteGoal(a.id)
    expect((await listGoals()).map((goal) => goal.title)).toEqual(['B'])
    expect(await database.goalRatings.where('goalId').equals(a.id).count()).toBe(0)
    expect(await listRatings(b.id)).toHaveLength(1)
  })

  it('deletes nothing when the delete fails part way', async () => {
    const goal = await addGoal('A')
    await rateGoal(goal.id, 3)
    // The device refuses the goal's own delete, after its ratings' delete has gone through.
    const refuse = () => {
      throw new Error('the device refused')
    }
    database.goals.hook('deleting', refuse)
    await expect(deleteGoal(goal.id)).rejects.toThrow('the device refused')
    database.goals.hook('deleting').unsubscribe(refuse)
    expect(await listGoals()).toHaveLength(1)
    expect(await listRatings(goal.id)).toHaveLength(1)
  })
})

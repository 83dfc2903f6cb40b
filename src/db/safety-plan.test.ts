import { beforeEach, describe, expect, it } from 'vitest'
import {
  changeSafetyPlan,
  emptySafetyPlan,
  getSafetyPlan,
  isSafetyPlanEmpty,
  saveSafetyPlan,
} from './safety-plan.ts'
import {
  createTestDatabaseWithLock,
  LOCK_MODES,
  readRecord,
  storeRecord,
} from './lock/test-lock.ts'

describe.each(LOCK_MODES)('safety plan, with the lock %s', (mode) => {
  beforeEach(async () => {
    await createTestDatabaseWithLock(mode)
  })

  it('is missing until one is made', async () => {
    expect(await getSafetyPlan()).toBeUndefined()
    expect(isSafetyPlanEmpty(emptySafetyPlan())).toBe(true)
  })

  it('saves every section in order and reads it back', async () => {
    const plan = {
      ...emptySafetyPlan(),
      coping: [
        { id: 'b', text: 'Music on loud' },
        { id: 'a', text: 'A hot shower' },
      ],
      people: [{ id: 'p', text: 'My aunt Jo', phone: '07700 900123' }],
    }
    await saveSafetyPlan(plan)
    const stored = await getSafetyPlan()
    expect(stored?.plan).toEqual(plan)
    expect(stored?.unreadable).toBe(0)
    expect(isSafetyPlanEmpty(plan)).toBe(false)
  })

  it('stores the plan as the one safety-plan document', async () => {
    const database = await createTestDatabaseWithLock(mode)
    await saveSafetyPlan({ ...emptySafetyPlan(), reasons: [{ id: 'r', text: 'My dog' }] })
    const row = await readRecord('documents', 'safety-plan')
    expect(row?.data.reasons).toEqual([{ id: 'r', text: 'My dog' }])
    expect(await database.documents.count()).toBe(1)
  })

  it('changes the stored plan in one step, building on what is there', async () => {
    await saveSafetyPlan({ ...emptySafetyPlan(), coping: [{ id: 'a', text: 'Draw' }] })
    const next = await changeSafetyPlan((plan) => ({
      ...plan,
      coping: [...plan.coping, { id: 'b', text: 'Walk' }],
    }))
    expect(next.coping.map((item) => item.text)).toEqual(['Draw', 'Walk'])
    expect((await getSafetyPlan())?.plan.coping).toEqual(next.coping)
  })

  it('starts from an empty plan when changing one that does not exist yet', async () => {
    await changeSafetyPlan((plan) => ({ ...plan, warningSigns: [{ id: 'w', text: 'No sleep' }] }))
    expect((await getSafetyPlan())?.plan.warningSigns).toEqual([{ id: 'w', text: 'No sleep' }])
  })

  it('keeps what it can read from a damaged record and counts the rest', async () => {
    await storeRecord('documents', {
      id: 'safety-plan',
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: {
        coping: [{ id: 'a', text: 'Draw' }, { id: 3 }, 'junk', null, { id: 'a', text: 'Twice' }],
        people: 'not a list',
        reasons: [
          { id: 'r', text: '   ' },
          { id: 's', text: 'My sister', phone: 42 },
        ],
        professionals: [{ id: 'g', text: 'My GP', phone: '01632 960000', extra: true }],
        somethingNew: [{ id: 'x', text: 'From a later version' }],
      },
    })
    const stored = await getSafetyPlan()
    expect(stored?.plan.coping).toEqual([{ id: 'a', text: 'Draw' }])
    expect(stored?.plan.people).toEqual([])
    expect(stored?.plan.reasons).toEqual([])
    expect(stored?.plan.professionals).toEqual([{ id: 'g', text: 'My GP', phone: '01632 960000' }])
    // 4 bad coping items, the people section, and 2 bad reasons.
    expect(stored?.unreadable).toBe(7)
  })

  it('opens a record whose data is not an object at all', async () => {
    await storeRecord('documents', {
      id: 'safety-plan',
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: null as unknown as Record<string, unknown>,
    })
    const stored = await getSafetyPlan()
    expect(stored?.plan).toEqual(emptySafetyPlan())
    expect(stored?.unreadable).toBe(1)
  })
})

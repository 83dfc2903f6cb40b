import { beforeEach, describe, expect, it } from 'vitest'
import {
  addCheckIn,
  countCheckIns,
  deleteCheckIn,
  getCheckIn,
  latestCheckIn,
  latestCheckInWithOns,
  listCheckIns,
  updateCheckIn,
} from './check-ins.ts'
import { createTestDatabaseWithLock, LOCK_MODES } from './lock/test-lock.ts'

const base = { mood: 3 as const, feelings: ['calm'], happenings: ['school'] }

describe.each(LOCK_MODES)('check-ins, with the lock %s', (mode) => {
  beforeEach(async () => {
    await createTestDatabaseWithLock(mode)
  })

  it('adds a check-in with an id and the time, and reads it back', async () => {
    const row = await addCheckIn({ ...base, note: 'A long day', unsafe: false })
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(Date.parse(row.at)).not.toBeNaN()
    expect(await getCheckIn(row.id)).toEqual(row)
  })

  it('lists oldest first and within a range, end exclusive', async () => {
    for (const day of ['2026-03-02', '2026-01-15', '2026-02-01', '2026-02-28']) {
      await addCheckIn({ ...base, at: `${day}T10:00:00.000Z` })
    }
    const all = await listCheckIns()
    expect(all.map((row) => row.at.slice(0, 10))).toEqual([
      '2026-01-15',
      '2026-02-01',
      '2026-02-28',
      '2026-03-02',
    ])
    const february = await listCheckIns({
      from: '2026-02-01T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
    })
    expect(february.map((row) => row.at.slice(0, 10))).toEqual(['2026-02-01', '2026-02-28'])
    expect((await latestCheckIn())?.at.slice(0, 10)).toBe('2026-03-02')
    expect(await countCheckIns()).toBe(4)
  })

  it('edits a check-in, marking when, and deletes one', async () => {
    const row = await addCheckIn(base)
    expect(await updateCheckIn(row.id, { mood: 4, note: 'Better later' })).toBe(true)
    const edited = await getCheckIn(row.id)
    expect(edited).toMatchObject({ mood: 4, note: 'Better later', feelings: ['calm'] })
    expect(edited?.updatedAt).toBeDefined()
    await deleteCheckIn(row.id)
    expect(await getCheckIn(row.id)).toBeUndefined()
    expect(await updateCheckIn(row.id, { mood: 2 })).toBe(false)
  })

  it('finds the newest check-in that was offered the wellbeing questions', async () => {
    expect(await latestCheckInWithOns()).toBeUndefined()
    await addCheckIn({ ...base, at: '2026-01-01T10:00:00.000Z', ons: { happiness: 7 } })
    await addCheckIn({ ...base, at: '2026-01-09T10:00:00.000Z', ons: {} })
    await addCheckIn({ ...base, at: '2026-01-20T10:00:00.000Z' })
    expect((await latestCheckInWithOns())?.at.slice(0, 10)).toBe('2026-01-09')
  })
})

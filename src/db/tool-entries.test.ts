import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabaseWithLock, LOCK_MODES } from './lock/test-lock.ts'
import { deleteToolEntry, getToolEntry, listToolEntries, saveToolEntry } from './tool-entries.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe.each(LOCK_MODES)('tool entries, with the lock %s', (mode) => {
  beforeEach(async () => {
    await createTestDatabaseWithLock(mode)
  })

  it('saves a new entry with an id and the time it was saved', async () => {
    const row = await saveToolEntry('worry-tree', { worry: 'Exams' })
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(Number.isNaN(Date.parse(row.updatedAt))).toBe(false)
    expect(await getToolEntry(row.id)).toEqual(row)
  })

  it('updates an entry in place when given its id', async () => {
    const first = await saveToolEntry('worry-tree', { worry: 'Exams' })
    await tick()
    const second = await saveToolEntry('worry-tree', { worry: 'Exams next week' }, first.id)
    expect(second.id).toBe(first.id)
    expect(second.updatedAt > first.updatedAt).toBe(true)
    expect(await listToolEntries('worry-tree')).toEqual([second])
  })

  it("refuses to overwrite another tool's entry", async () => {
    const worry = await saveToolEntry('worry-tree', { worry: 'Exams' })
    await expect(saveToolEntry('thought-record', {}, worry.id)).rejects.toThrow(/belongs to/)
    expect((await getToolEntry(worry.id))?.data).toEqual({ worry: 'Exams' })
  })

  it("lists one tool's entries, newest first", async () => {
    const a = await saveToolEntry('thought-record', { n: 1 })
    await tick()
    await saveToolEntry('worry-tree', { n: 2 })
    await tick()
    const c = await saveToolEntry('thought-record', { n: 3 })
    expect((await listToolEntries('thought-record')).map((row) => row.id)).toEqual([c.id, a.id])
    expect(await listToolEntries('grounding')).toEqual([])
  })

  it('deletes one entry and leaves the rest', async () => {
    const a = await saveToolEntry('worry-tree', { n: 1 })
    const b = await saveToolEntry('worry-tree', { n: 2 })
    await deleteToolEntry(a.id)
    expect(await getToolEntry(a.id)).toBeUndefined()
    expect((await listToolEntries('worry-tree')).map((row) => row.id)).toEqual([b.id])
  })
})

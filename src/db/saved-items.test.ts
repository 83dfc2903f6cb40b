import { beforeEach, describe, expect, it } from 'vitest'
import { isItemSaved, listSavedItems, saveItem, unsaveItem } from './saved-items.ts'
import { createTestDatabaseWithLock, LOCK_MODES } from './lock/test-lock.ts'
import { createTestDatabase } from './test-harness.ts'

describe.each(LOCK_MODES)('saved items, with the lock %s', (mode) => {
  beforeEach(async () => {
    await createTestDatabaseWithLock(mode)
  })

  it('saves an item once, however often it is saved', async () => {
    const first = await saveItem({ kind: 'article', ref: 'sleep', title: 'Sleep' })
    const second = await saveItem({ kind: 'article', ref: 'sleep', title: 'Sleep' })
    expect(second.id).toBe(first.id)
    expect(await listSavedItems()).toHaveLength(1)
  })

  it('keeps the same ref of different kinds apart', async () => {
    await saveItem({ kind: 'article', ref: 'breathing', title: 'Breathing article' })
    await saveItem({ kind: 'tool', ref: 'breathing', title: 'Breathing tool' })
    expect(await listSavedItems()).toHaveLength(2)
  })

  it('lists the newest first and removes what is unsaved', async () => {
    await saveItem({ kind: 'article', ref: 'a', title: 'A' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await saveItem({ kind: 'service', ref: 'b', title: 'B' })
    expect((await listSavedItems()).map((item) => item.ref)).toEqual(['b', 'a'])
    await unsaveItem('service', 'b')
    expect(await isItemSaved('service', 'b')).toBe(false)
    expect(await isItemSaved('article', 'a')).toBe(true)
  })

  it('gives every database its own data', async () => {
    await saveItem({ kind: 'article', ref: 'a', title: 'A' })
    createTestDatabase()
    expect(await listSavedItems()).toEqual([])
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { getCopingKit, saveCopingKit } from './coping-kit.ts'
import {
  createTestDatabaseWithLock,
  LOCK_MODES,
  readRecord,
  storeRecord,
} from './lock/test-lock.ts'

describe.each(LOCK_MODES)('coping kit, with the lock %s', (mode) => {
  beforeEach(async () => {
    await createTestDatabaseWithLock(mode)
  })

  it('is empty before anything is saved', async () => {
    expect(await getCopingKit()).toEqual([])
  })

  it('keeps the items in the order they were saved', async () => {
    const items = [
      { id: 'b', text: 'Go for a walk' },
      { id: 'a', text: 'Message a friend' },
    ]
    await saveCopingKit(items)
    expect(await getCopingKit()).toEqual(items)
    await saveCopingKit([items[1]!])
    expect(await getCopingKit()).toEqual([items[1]])
  })

  it('stores the kit as the one coping-kit document', async () => {
    const database = await createTestDatabaseWithLock(mode)
    await saveCopingKit([{ id: 'a', text: 'Wrap up in a blanket' }])
    const row = await readRecord('documents', 'coping-kit')
    expect(row?.data).toEqual({ items: [{ id: 'a', text: 'Wrap up in a blanket' }] })
    expect(await database.documents.count()).toBe(1)
  })

  it('leaves out items it cannot read instead of failing', async () => {
    await storeRecord('documents', {
      id: 'coping-kit',
      updatedAt: new Date().toISOString(),
      data: { items: [{ id: 'a', text: 'Draw' }, { id: 3 }, 'junk', null] },
    })
    expect(await getCopingKit()).toEqual([{ id: 'a', text: 'Draw' }])
  })
})

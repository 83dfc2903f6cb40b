import { describe, expect, it } from 'vitest'
import { generateKey } from '../lib/crypto/aes-gcm.ts'
import { DecryptionError } from '../lib/crypto/decryption-error.ts'
import { LockedError } from './lock/locked-error.ts'
import type { CheckInRow, GoalRatingRow } from './rows.ts'
import { CLEAR_FIELDS, isSealed, openRow, openRows, sealRow } from './sealing.ts'
import { createTestDatabase } from './test-harness.ts'

const checkIn: CheckInRow = {
  id: '0b9d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  at: '2026-01-10T08:30:00.000Z',
  mood: 2,
  feelings: ['worried'],
  happenings: ['school'],
  note: 'A hard day',
}

const rating: GoalRatingRow = {
  id: '4f3b6a5c-7d8e-4f90-a1b2-c3d4e5f60718',
  goalId: '2d1f4e3a-5b6c-4d7e-8f80-91a2b3c4d5e6',
  at: '2026-01-08T10:00:00.000Z',
  rating: 3,
}

async function reasonFor(attempt: Promise<unknown>): Promise<string> {
  const error: unknown = await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DecryptionError)
  return (error as DecryptionError).reason
}

describe('sealed records', () => {
  it('keep only their index fields readable, and open to exactly the record sealed', async () => {
    const key = await generateKey()
    const sealed = await sealRow('checkIns', checkIn, key)
    expect(Object.keys(sealed).sort()).toEqual(['at', 'id', 'sealed'])
    expect(JSON.stringify(sealed)).not.toContain('hard day')
    expect(isSealed(sealed)).toBe(true)
    const opened = await openRow('checkIns', sealed, key)
    expect(opened).toEqual(checkIn)
    expect(JSON.stringify(opened)).toBe(JSON.stringify(checkIn))
  })

  it('keep a rating’s goal readable, for the goalId index', async () => {
    const sealed = await sealRow('goalRatings', rating, await generateKey())
    expect(Object.keys(sealed).sort()).toEqual([...CLEAR_FIELDS.goalRatings, 'sealed'].sort())
    expect(sealed).toMatchObject({ goalId: rating.goalId, at: rating.at })
    expect(sealed).not.toHaveProperty('rating')
  })

  it('cannot be moved to another record, another table, or changed in the clear', async () => {
    const key = await generateKey()
    const sealed = await sealRow('checkIns', checkIn, key)
    const moved = { ...sealed, id: '1c0e3d2f-4a5b-4c6d-9e7f-8091a2b3c4d5' }
    expect(await reasonFor(openRow('checkIns', moved, key))).toBe('wrong-key-or-tampered')
    const otherTable = { ...sealed, goalId: 'g' }
    expect(await reasonFor(openRow('goalRatings', otherTable, key))).toBe('wrong-key-or-tampered')
    const movedInTime = { ...sealed, at: '2020-01-01T00:00:00.000Z' }
    expect(await reasonFor(openRow('checkIns', movedInTime, key))).toBe('wrong-key-or-tampered')
    expect(await reasonFor(openRow('checkIns', sealed, await generateKey()))).toBe(
      'wrong-key-or-tampered',
    )
  })

  it('need the key; plain records need nothing', async () => {
    const sealed = await sealRow('checkIns', checkIn, await generateKey())
    await expect(openRow('checkIns', sealed, undefined)).rejects.toBeInstanceOf(LockedError)
    await expect(openRows('checkIns', [checkIn, sealed], undefined)).rejects.toBeInstanceOf(
      LockedError,
    )
    expect(await openRow('checkIns', checkIn, undefined)).toBe(checkIn)
    expect(await openRows('checkIns', [checkIn], undefined)).toEqual([checkIn])
  })

  it('open many at once in their order, plain and sealed together', async () => {
    const key = await generateKey()
    const second = { ...checkIn, id: '1c0e3d2f-4a5b-4c6d-9e7f-8091a2b3c4d5', note: 'Better' }
    const stored = [await sealRow('checkIns', checkIn, key), second]
    expect(await openRows('checkIns', stored, key)).toEqual([checkIn, second])
  })

  it('are never sealed or opened inside a database transaction', async () => {
    const database = createTestDatabase()
    const key = await generateKey()
    const sealed = await sealRow('checkIns', checkIn, key)
    await expect(
      database.transaction('r', database.checkIns, () => sealRow('checkIns', checkIn, key)),
    ).rejects.toThrow(/outside database transactions/)
    await expect(
      database.transaction('r', database.checkIns, () => openRows('checkIns', [sealed], key)),
    ).rejects.toThrow(/outside database transactions/)
    // Plain records need no crypto, so reading them inside a transaction is fine.
    await expect(
      database.transaction('r', database.checkIns, () => openRows('checkIns', [checkIn], key)),
    ).resolves.toEqual([checkIn])
  })
})

import * as v from 'valibot'
import type { HarbourDatabase } from '../schema.ts'
import type { LockRecord } from '../rows.ts'

export const LOCK_RECORD_ID = 'lock'

const lockRecordSchema = v.object({
  id: v.literal(LOCK_RECORD_ID),
  salt: v.pipe(v.string(), v.minLength(1)),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1)),
  check: v.object({ v: v.literal(1), alg: v.literal('A256GCM'), iv: v.string(), ct: v.string() }),
})

const damagedCheck = { v: 1, alg: 'A256GCM', iv: '', ct: '' } as const

/**
 * The lock record, or undefined when the lock is off. Only Dexie calls, so it can run inside a
 * transaction or a live query.
 */
export async function readLockRecord(database: HarbourDatabase): Promise<LockRecord | undefined> {
  const row: unknown = await database.meta.get(LOCK_RECORD_ID)
  if (row === undefined) return undefined
  const result = v.safeParse(lockRecordSchema, row)
  // A damaged lock record still means the lock is on: reading it as "off" would let plain
  // records be written beside sealed ones. It can then only be unlocked by starting again.
  return result.success
    ? result.output
    : { id: LOCK_RECORD_ID, salt: '', iterations: 0, check: damagedCheck }
}

/** True when the record is one no passcode can open. */
export function isDamagedLockRecord(record: LockRecord): boolean {
  return record.salt === ''
}

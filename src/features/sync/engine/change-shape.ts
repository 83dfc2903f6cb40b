/* eslint-disable lingui/no-unlocalized-strings -- validation notes for the log, never shown */
import * as v from 'valibot'
import type { RecordChange } from '../../../db/sync/merge.ts'
import { isStamp } from '../../../db/sync/stamps.ts'

/** The shape an opened op must have before it is applied: anything else is set aside. */
const stamp = v.custom<string>(isStamp, 'not a stamp')

const FieldState = v.object({ v: v.unknown(), s: stamp, p: v.optional(stamp) })

const RecordChangeSchema = v.object({
  t: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  i: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  f: v.record(v.string(), FieldState),
  d: v.optional(v.object({ v: v.boolean(), s: stamp, seen: v.record(v.string(), stamp) })),
})

export function readChange(value: unknown): RecordChange | undefined {
  const result = v.safeParse(RecordChangeSchema, value)
  if (!result.success) return undefined
  const change = result.output
  // valibot leaves `v` optional when it was undefined; a field value is never undefined on the wire.
  for (const state of Object.values(change.f)) state.v ??= null
  return change as RecordChange
}

const SnapshotSchema = v.object({ entries: v.array(v.unknown()) })

/** The records in an opened snapshot; entries that are not records are left out. */
export function readSnapshotEntries(value: unknown): RecordChange[] | undefined {
  const result = v.safeParse(SnapshotSchema, value)
  if (!result.success) return undefined
  return result.output.entries.flatMap((entry) => {
    const change = readChange(entry)
    return change ? [change] : []
  })
}

import { useCallback, useEffect, useState } from 'react'
import * as v from 'valibot'
import { LockedError } from '../../../db/lock/locked-error.ts'
import type { ToolEntryRow } from '../../../db/rows.ts'
import { deleteToolEntry, listToolEntries, saveToolEntry } from '../../../db/tool-entries.ts'
import { useLockState } from '../../my-space/lock/use-lock-state.ts'

export interface ToolEntry<T> {
  id: string
  updatedAt: string
  data: T
}

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'failed' }
  /** My space is locked: the entries are there, but need the passcode. */
  | { status: 'locked' }
  | { status: 'ready'; entries: ToolEntry<T>[]; unreadable: number }

/** Keeps the entries that match the tool's schema; counts the rest so the page can say so. */
export function parseEntries<T>(
  rows: readonly ToolEntryRow[],
  schema: v.GenericSchema<unknown, T>,
): { entries: ToolEntry<T>[]; unreadable: number } {
  const entries: ToolEntry<T>[] = []
  for (const row of rows) {
    const result = v.safeParse(schema, row.data)
    if (result.success) entries.push({ id: row.id, updatedAt: row.updatedAt, data: result.output })
  }
  return { entries, unreadable: rows.length - entries.length }
}

/**
 * One tool's saved entries, read through src/db and read again after this page's own writes
 * and when My space is unlocked. (No live query: only this page writes these entries while it
 * is open.) `schema` must be a module-level constant, or the entries would reload on every render.
 */
export function useToolEntries<T extends Record<string, unknown>>(
  tool: string,
  schema: v.GenericSchema<unknown, T>,
) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading' })
  const [version, setVersion] = useState(0)
  const lock = useLockState()

  useEffect(() => {
    if (lock === undefined) return
    if (lock === 'locked') {
      setLoaded({ status: 'locked' })
      return
    }
    let live = true
    listToolEntries(tool).then(
      (rows) => live && setLoaded({ status: 'ready', ...parseEntries(rows, schema) }),
      (error: unknown) => {
        if (!live) return
        if (error instanceof LockedError) return setLoaded({ status: 'locked' })
        console.error(error)
        setLoaded({ status: 'failed' })
      },
    )
    return () => {
      live = false
    }
  }, [tool, schema, version, lock])

  const reload = useCallback(() => setVersion((n) => n + 1), [])

  /** Throws when the device refuses: the caller keeps the form filled and explains. */
  const save = useCallback(
    async (data: T, id?: string) => {
      const row = await saveToolEntry(tool, data, id)
      reload()
      return row
    },
    [tool, reload],
  )

  const remove = useCallback(
    async (id: string) => {
      await deleteToolEntry(id)
      // Take it off the list at once, so it never shows after "Deleted" is announced.
      setLoaded((current) =>
        current.status === 'ready'
          ? { ...current, entries: current.entries.filter((entry) => entry.id !== id) }
          : current,
      )
      reload()
    },
    [reload],
  )

  return { loaded, save, remove, reload }
}

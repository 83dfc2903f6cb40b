import type { I18n } from '@lingui/core'
import { useLingui } from '@lingui/react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { getCheckIn } from '../../../db/check-ins.ts'
import { LockedError } from '../../../db/lock/locked-error.ts'
import type { ToolEntryRow } from '../../../db/rows.ts'
import { KEPT_TEXT_TOOL } from '../../../db/sync/record-fields.ts'
import { deleteToolEntry, getToolEntry, listToolEntries } from '../../../db/tool-entries.ts'
import { keptWordsPlace, type KeptWordsSource, type PlaceDetails } from './kept-words-place.ts'

export interface KeptWords {
  id: string
  /** Where they came from, in plain words. */
  place: string
  text: string
  /** When they were written. */
  writtenAt: string
}

interface KeptData extends KeptWordsSource {
  text: string
}

function readData(entry: ToolEntryRow): KeptData | undefined {
  const { table, recordId, field, text } = entry.data
  if (typeof text !== 'string' || text.trim() === '') return undefined
  return {
    table: typeof table === 'string' ? table : '',
    recordId: typeof recordId === 'string' ? recordId : '',
    field: typeof field === 'string' ? field : '',
    text,
  }
}

/** The check-in's day or the entry's tool, when the record is still on the device. */
async function detailsOf(source: KeptWordsSource): Promise<PlaceDetails> {
  if (source.table === 'checkIns') return { checkInAt: (await getCheckIn(source.recordId))?.at }
  if (source.table === 'toolEntries') return { tool: (await getToolEntry(source.recordId))?.tool }
  return {}
}

async function readKeptWords(i18n: I18n): Promise<KeptWords[] | 'locked'> {
  const now = new Date()
  try {
    const entries = await listToolEntries(KEPT_TEXT_TOOL)
    const kept = entries.flatMap((entry) => {
      const data = readData(entry)
      return data ? [{ entry, data }] : []
    })
    return await Promise.all(
      kept.map(async ({ entry, data }) => ({
        id: entry.id,
        place: keptWordsPlace(data, await detailsOf(data), now, i18n),
        text: data.text,
        writtenAt: entry.updatedAt,
      })),
    )
  } catch (error) {
    if (error instanceof LockedError) return 'locked'
    throw error
  }
}

/**
 * Words kept from a sync conflict, newest first; 'locked' while My space is locked; undefined
 * while reading. Follows changes from sync and other tabs.
 */
export function useKeptWords() {
  const { i18n } = useLingui()
  const kept = useLiveQuery(() => readKeptWords(i18n), [i18n])
  const remove = useCallback((id: string) => deleteToolEntry(id), [])
  return { kept, remove }
}

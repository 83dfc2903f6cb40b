/* eslint-disable lingui/no-unlocalized-strings -- Web Crypto algorithm names */
import type { ToolEntryRow } from '../rows.ts'
import { stampTime } from './stamps.ts'
import { KEPT_TEXT_TOOL } from './record-fields.ts'
import type { BaseEntry, FieldState, KeptWords } from './merge.ts'

/**
 * Words that lost a conflict are kept as a tool entry of their own. Every device that meets the
 * same conflict makes the same record (same id from the conflict, same stamps from the losing
 * change), so copies never multiply and a copy deleted on one device is deleted on all.
 */
export async function keptWordsId(
  kept: Pick<KeptWords, 'table' | 'recordId' | 'field' | 'stamp'>,
): Promise<string> {
  const name = `kept|${kept.table}|${kept.recordId}|${kept.field}|${kept.stamp}`
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name)),
  )
  const hex = Array.from(digest.slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('')
  // Shaped as a UUID (version 8: made by us), as every record id is.
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    '8' + hex.slice(13, 16),
    ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16) + hex.slice(18, 20),
    hex.slice(20, 32),
  ].join('-')
}

export function keptWordsRow(id: string, kept: KeptWords): ToolEntryRow {
  const data: Record<string, unknown> = {
    table: kept.table,
    recordId: kept.recordId,
    field: kept.field,
    text: kept.text,
  }
  // A sent copy is a record like any other; only copies each device makes itself can be taken
  // back when the words turn out to have been replaced knowingly.
  if (kept.fromHere) data['sent'] = true
  return {
    id,
    tool: KEPT_TEXT_TOOL,
    updatedAt: new Date(stampTime(kept.stamp)).toISOString(),
    data,
  }
}

/** True for a synced state that is a copy every device made itself (not a sent one). */
export function isMadeEverywhere(entry: { t: string; f: Record<string, { v: unknown }> }): boolean {
  return (
    entry.t === 'toolEntries' &&
    entry.f['tool']?.v === KEPT_TEXT_TOOL &&
    entry.f['data.sent']?.v !== true
  )
}

export function keptWordsEntry(row: ToolEntryRow, kept: KeptWords): BaseEntry {
  const at = (value: unknown): FieldState => ({ v: value, s: kept.stamp })
  const fields: Record<string, FieldState> = { tool: at(row.tool), updatedAt: at(row.updatedAt) }
  for (const [name, value] of Object.entries(row.data)) fields[`data.${name}`] = at(value)
  return { t: 'toolEntries', i: row.id, f: fields }
}

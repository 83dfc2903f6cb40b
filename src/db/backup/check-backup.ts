import * as v from 'valibot'
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupRow,
  type BackupRows,
  type BackupTable,
  type HarbourBackup,
} from './backup-format.ts'
import type { BackupDetail, TableRule } from './backup-detail.ts'
import { issueDetail } from './issue-detail.ts'
import { instant, rowSchemas, rule } from './row-schemas.ts'

/** Why a file cannot be imported. Each kind has its own words in backup-problem-words.ts. */
export type BackupProblem =
  | { kind: 'too-big'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'not-harbour' }
  | { kind: 'cut-short' }
  | { kind: 'newer-version'; version: number }
  /** Shaped like an export, but some of it is wrong: the first few problems, and how many more. */
  | { kind: 'invalid'; details: BackupDetail[]; more: number }
  /** A fault in Harbour itself while reading the file; reported, never thrown. */
  | { kind: 'unreadable' }
  /** My space is locked, so the file's records cannot be compared or sealed. */
  | { kind: 'locked' }

export type CheckedBackup =
  { ok: true; backup: HarbourBackup } | { ok: false; problem: BackupProblem }

/** How many problems to name; more than this helps nobody fix a file. */
const DETAILS_SHOWN = 3

// One problem per field is enough: "not a date" needs no "and not a real date" after it.
const PARSE_CONFIG = { abortPipeEarly: true } as const

const tableRule = (code: TableRule): TableRule => code

const tableList = v.pipe(
  v.array(v.unknown(), tableRule('should-be-list')),
  v.maxLength(BACKUP_LIMITS.rowsPerTable, tableRule('too-many-records')),
)

const outerSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION, rule('wrong-version')),
  exportedAt: instant,
  tables: v.strictObject(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, tableList])) as Record<
      BackupTable,
      typeof tableList
    >,
    rule('not-shaped'),
  ),
})

/**
 * Reads the text of a file someone chose to import. Never throws and never touches the device:
 * the answer is either a backup whose every row has been checked, or what is wrong with it.
 */
export function checkBackupText(text: string): CheckedBackup {
  try {
    return check(text)
  } catch (error) {
    console.error(error)
    return { ok: false, problem: { kind: 'unreadable' } }
  }
}

function check(text: string): CheckedBackup {
  // A character is at least one byte, so this is a floor on the file's size.
  if (text.length > BACKUP_LIMITS.fileBytes) {
    return { ok: false, problem: { kind: 'too-big', bytes: text.length } }
  }
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { ok: false, problem: { kind: 'empty' } }

  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    const looksLikeOurs = body.trimStart().startsWith('{') && body.includes(`"${BACKUP_FORMAT}"`)
    return { ok: false, problem: { kind: looksLikeOurs ? 'cut-short' : 'not-harbour' } }
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'not-harbour' } }
  }
  const { version } = parsed
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } }
  }

  const outer = v.safeParse(outerSchema, parsed, PARSE_CONFIG)
  if (!outer.success) return invalid(outer.issues.map((issue) => issueDetail(issue)))

  const details: BackupDetail[] = []
  let problemCount = 0
  const note = (detail: BackupDetail) => {
    problemCount += 1
    if (details.length < DETAILS_SHOWN) details.push(detail)
  }
  const tables = {} as Record<BackupTable, BackupRow[]>
  for (const table of BACKUP_TABLES) {
    tables[table] = []
    outer.output.tables[table].forEach((row, index) => {
      const result = v.safeParse(rowSchemas[table], row, PARSE_CONFIG)
      if (!result.success) {
        const [first] = result.issues
        // One line a row: its first problem is enough to find it.
        note(issueDetail(first, ['tables', table, index]))
      } else {
        tables[table].push(result.output)
      }
    })
  }
  if (problemCount === 0) findDuplicates(tables as unknown as BackupRows, note)
  if (problemCount > 0) {
    return { ok: false, problem: { kind: 'invalid', details, more: problemCount - details.length } }
  }

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: outer.output.exportedAt,
      tables: tables as unknown as BackupRows,
    },
  }
}

function invalid(all: BackupDetail[]): CheckedBackup {
  return {
    ok: false,
    problem: {
      kind: 'invalid',
      details: all.slice(0, DETAILS_SHOWN),
      more: Math.max(0, all.length - DETAILS_SHOWN),
    },
  }
}

/** The same record twice would leave one quietly lost, so a file holding one is refused. */
function findDuplicates(tables: BackupRows, note: (detail: BackupDetail) => void): void {
  for (const table of BACKUP_TABLES) {
    const seen = new Map<string, number>()
    tables[table].forEach((row, index) => {
      const keys = [`id:${row.id}`]
      // Saving the same article, tool or service twice keeps one, so the file must not hold two.
      if (table === 'savedItems' && 'kind' in row && 'ref' in row)
        keys.push(`item:${row.kind}:${row.ref}`)
      const before = keys.map((key) => seen.get(key)).find((seenAt) => seenAt !== undefined)
      if (before !== undefined) {
        note({ kind: 'duplicate', table, number: index + 1, sameAs: before + 1 })
      } else {
        for (const key of keys) seen.set(key, index)
      }
    })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

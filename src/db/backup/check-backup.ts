import * as v from 'valibot'
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  BACKUP_VERSION,
  TABLE_NOUNS,
  type BackupRow,
  type BackupRows,
  type BackupTable,
  type HarbourBackup,
} from './backup-format.ts'
import { capitalise, describeIssue } from './issue-words.ts'
import { instant, rowSchemas } from './row-schemas.ts'

/** Why a file cannot be imported. Each kind has its own words in backup-problem-words.ts. */
export type BackupProblem =
  | { kind: 'too-big'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'not-harbour' }
  | { kind: 'cut-short' }
  | { kind: 'newer-version'; version: number }
  /** Shaped like an export, but some of it is wrong: the first few problems, and how many more. */
  | { kind: 'invalid'; details: string[]; more: number }
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

const tableList = v.pipe(
  v.array(v.unknown(), 'should be a list'),
  v.maxLength(
    BACKUP_LIMITS.rowsPerTable,
    `has more than ${BACKUP_LIMITS.rowsPerTable.toLocaleString('en-GB')} records`,
  ),
)

const outerSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: instant,
  tables: v.strictObject(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, tableList])) as Record<
      BackupTable,
      typeof tableList
    >,
    'should be a group of named lists',
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
  if (!outer.success) return invalid(outer.issues.map((issue) => describeIssue(issue)))

  const details: string[] = []
  let problemCount = 0
  const note = (detail: string) => {
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
        note(describeIssue(first, ['tables', table, index]))
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

function invalid(all: string[]): CheckedBackup {
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
function findDuplicates(tables: BackupRows, note: (detail: string) => void): void {
  for (const table of BACKUP_TABLES) {
    const [one] = TABLE_NOUNS[table]
    const seen = new Map<string, number>()
    tables[table].forEach((row, index) => {
      const keys = [`id:${row.id}`]
      // Saving the same article, tool or service twice keeps one, so the file must not hold two.
      if (table === 'savedItems' && 'kind' in row && 'ref' in row)
        keys.push(`item:${row.kind}:${row.ref}`)
      const before = keys.map((key) => seen.get(key)).find((seenAt) => seenAt !== undefined)
      if (before !== undefined) {
        note(`${capitalise(one)} ${index + 1} is the same as ${one} ${before + 1}.`)
      } else {
        for (const key of keys) seen.set(key, index)
      }
    })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

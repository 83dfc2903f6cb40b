/**
 * What happened to each record. Every record read ends in exactly one of three outcomes, so the
 * counts always add up and nothing is dropped without a line saying why.
 */

/** Notes about one record: repairs changed the data, warnings kept it as it was. */
export interface RecordLog {
  repairs: string[]
  warnings: string[]
}

export function newLog(): RecordLog {
  return { repairs: [], warnings: [] }
}

export type Outcome = 'imported' | 'repaired' | 'rejected'

export interface RecordOutcome {
  /** How report lines name the record: `svc <id>`, or `record 3` when it has no usable id. */
  label: string
  outcome: Outcome
  /** Why a rejected record was left out. */
  reason?: string
  repairs: string[]
  warnings: string[]
}

export interface ImportCounts {
  read: number
  /** Imported as they were (warnings allowed). */
  imported: number
  repaired: number
  rejected: number
  warnings: number
}

export function countOutcomes(records: readonly RecordOutcome[]): ImportCounts {
  const counts: ImportCounts = {
    read: records.length,
    imported: 0,
    repaired: 0,
    rejected: 0,
    warnings: 0,
  }
  for (const record of records) {
    counts[record.outcome] += 1
    counts.warnings += record.warnings.length
  }
  return counts
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function summaryLine(counts: ImportCounts): string {
  return (
    `Read ${plural(counts.read, 'service')}: ${counts.imported} imported as they were, ` +
    `${counts.repaired} repaired, ${counts.rejected} rejected (${plural(counts.warnings, 'warning')}).`
  )
}

/** The report a person reads: notes about the source, then each section, then the counts. */
export function formatReport(
  records: readonly RecordOutcome[],
  sourceNotes: readonly string[],
): string[] {
  const lines: string[] = sourceNotes.map((note) => `Note: ${note}`)
  const rejected = records.filter((r) => r.outcome === 'rejected')
  const repairs = records.flatMap((r) => r.repairs.map((m) => `${r.label}: ${m}`))
  const warnings = records.flatMap((r) => r.warnings.map((m) => `${r.label}: ${m}`))
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return
    lines.push(`${title} (${items.length}):`, ...items.map((item) => `  ${item}`))
  }
  section(
    'Rejected',
    rejected.map((r) => `${r.label}: ${r.reason ?? 'rejected'}`),
  )
  section('Repairs', repairs)
  section('Warnings', warnings)
  lines.push(summaryLine(countOutcomes(records)))
  return lines
}

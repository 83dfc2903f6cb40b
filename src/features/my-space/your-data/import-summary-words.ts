import { BACKUP_TABLES, countNoun } from '../../../db/backup/backup-format.ts'
import type { ImportSummary, PageId } from '../../../db/backup/import-backup.ts'

const PAGE_NAMES: Record<PageId, string> = {
  'safety-plan': 'your safety plan',
  'about-me': 'your About me',
  'coping-kit': 'your coping kit',
}

type When = 'before' | 'after'

const VERBS: Record<When, { add: string; update: string; leave: string }> = {
  before: { add: 'Add', update: 'Update', leave: 'Leave' },
  after: { add: 'Added', update: 'Updated', leave: 'Left' },
}

/** True when bringing the file back would add or update anything at all. */
export function importChangesSomething(summary: ImportSummary): boolean {
  return BACKUP_TABLES.some((table) => {
    const { added, replaced } = summary.tables[table]
    return added + replaced > 0
  })
}

/**
 * What an import will do (before) or did (after), one line each, in plain words. Pages are
 * named; everything else is counted.
 */
export function importSummaryLines(summary: ImportSummary, when: When): string[] {
  const verb = VERBS[when]
  const lines: string[] = []
  let kept = 0
  for (const table of BACKUP_TABLES) {
    const { added, replaced } = summary.tables[table]
    kept += summary.tables[table].kept
    if (table === 'documents') continue
    if (added > 0) lines.push(`${verb.add} ${countNoun(table, added)}.`)
    if (replaced > 0) {
      lines.push(`${verb.update} ${countNoun(table, replaced)} with the newer copy from the file.`)
    }
  }
  for (const page of summary.pages.added) lines.push(`${verb.add} ${PAGE_NAMES[page]}.`)
  for (const page of summary.pages.replaced) {
    lines.push(`${verb.update} ${PAGE_NAMES[page]} with the newer copy from the file.`)
  }
  if (kept > 0) {
    const things = kept === 1 ? '1 thing' : `${kept.toLocaleString('en-GB')} things`
    lines.push(
      `${verb.leave} ${things} as ${kept === 1 ? 'it is' : 'they are'}, because this device already has ${kept === 1 ? 'it' : 'them'} (or a newer copy).`,
    )
  }
  return lines
}

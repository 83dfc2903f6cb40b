import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { BACKUP_TABLES, type BackupTable } from '../../../db/backup/backup-format.ts'
import type { ImportSummary, PageId } from '../../../db/backup/import-backup.ts'

type When = 'before' | 'after'
type CountedTable = Exclude<BackupTable, 'documents'>

/** "Add 3 check-ins." before an import, "Added 3 check-ins." after it: whole sentences to translate. */
function addedLine(table: CountedTable, count: number, when: When): MessageDescriptor {
  const before = when === 'before'
  switch (table) {
    case 'checkIns':
      return before
        ? msg`Add ${plural(count, { one: '# check-in', other: '# check-ins' })}.`
        : msg`Added ${plural(count, { one: '# check-in', other: '# check-ins' })}.`
    case 'goals':
      return before
        ? msg`Add ${plural(count, { one: '# goal', other: '# goals' })}.`
        : msg`Added ${plural(count, { one: '# goal', other: '# goals' })}.`
    case 'goalRatings':
      return before
        ? msg`Add ${plural(count, { one: '# goal rating', other: '# goal ratings' })}.`
        : msg`Added ${plural(count, { one: '# goal rating', other: '# goal ratings' })}.`
    case 'savedItems':
      return before
        ? msg`Add ${plural(count, { one: '# saved item', other: '# saved items' })}.`
        : msg`Added ${plural(count, { one: '# saved item', other: '# saved items' })}.`
    case 'toolEntries':
      return before
        ? msg`Add ${plural(count, { one: '# tool entry', other: '# tool entries' })}.`
        : msg`Added ${plural(count, { one: '# tool entry', other: '# tool entries' })}.`
  }
}

function updatedLine(table: CountedTable, count: number, when: When): MessageDescriptor {
  const before = when === 'before'
  switch (table) {
    case 'checkIns':
      return before
        ? msg`Update ${plural(count, { one: '# check-in', other: '# check-ins' })} with the newer copy from the file.`
        : msg`Updated ${plural(count, { one: '# check-in', other: '# check-ins' })} with the newer copy from the file.`
    case 'goals':
      return before
        ? msg`Update ${plural(count, { one: '# goal', other: '# goals' })} with the newer copy from the file.`
        : msg`Updated ${plural(count, { one: '# goal', other: '# goals' })} with the newer copy from the file.`
    case 'goalRatings':
      return before
        ? msg`Update ${plural(count, { one: '# goal rating', other: '# goal ratings' })} with the newer copy from the file.`
        : msg`Updated ${plural(count, { one: '# goal rating', other: '# goal ratings' })} with the newer copy from the file.`
    case 'savedItems':
      return before
        ? msg`Update ${plural(count, { one: '# saved item', other: '# saved items' })} with the newer copy from the file.`
        : msg`Updated ${plural(count, { one: '# saved item', other: '# saved items' })} with the newer copy from the file.`
    case 'toolEntries':
      return before
        ? msg`Update ${plural(count, { one: '# tool entry', other: '# tool entries' })} with the newer copy from the file.`
        : msg`Updated ${plural(count, { one: '# tool entry', other: '# tool entries' })} with the newer copy from the file.`
  }
}

const PAGE_ADDED: Record<When, Record<PageId, MessageDescriptor>> = {
  before: {
    'safety-plan': msg`Add your safety plan.`,
    'about-me': msg`Add your About me.`,
    'coping-kit': msg`Add your coping kit.`,
  },
  after: {
    'safety-plan': msg`Added your safety plan.`,
    'about-me': msg`Added your About me.`,
    'coping-kit': msg`Added your coping kit.`,
  },
}

const PAGE_UPDATED: Record<When, Record<PageId, MessageDescriptor>> = {
  before: {
    'safety-plan': msg`Update your safety plan with the newer copy from the file.`,
    'about-me': msg`Update your About me with the newer copy from the file.`,
    'coping-kit': msg`Update your coping kit with the newer copy from the file.`,
  },
  after: {
    'safety-plan': msg`Updated your safety plan with the newer copy from the file.`,
    'about-me': msg`Updated your About me with the newer copy from the file.`,
    'coping-kit': msg`Updated your coping kit with the newer copy from the file.`,
  },
}

function keptLine(kept: number, when: When): MessageDescriptor {
  return when === 'before'
    ? msg`${plural(kept, {
        one: 'Leave # thing as it is, because this device already has it (or a newer copy).',
        other:
          'Leave # things as they are, because this device already has them (or a newer copy).',
      })}`
    : msg`${plural(kept, {
        one: 'Left # thing as it is, because this device already has it (or a newer copy).',
        other: 'Left # things as they are, because this device already has them (or a newer copy).',
      })}`
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
export function importSummaryLines(summary: ImportSummary, when: When, i18n: I18n): string[] {
  const lines: MessageDescriptor[] = []
  let kept = 0
  for (const table of BACKUP_TABLES) {
    const { added, replaced } = summary.tables[table]
    kept += summary.tables[table].kept
    if (table === 'documents') continue
    if (added > 0) lines.push(addedLine(table, added, when))
    if (replaced > 0) lines.push(updatedLine(table, replaced, when))
  }
  for (const page of summary.pages.added) lines.push(PAGE_ADDED[when][page])
  for (const page of summary.pages.replaced) lines.push(PAGE_UPDATED[when][page])
  if (kept > 0) lines.push(keptLine(kept, when))
  return lines.map((line) => i18n._(line))
}

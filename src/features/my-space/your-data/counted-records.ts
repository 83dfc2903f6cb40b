import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { BackupTable } from '../../../db/backup/backup-format.ts'

/** How many records of a table there are, in words: "1 check-in", "12 goals". */
export function countedRecords(table: BackupTable, count: number, i18n: I18n): string {
  switch (table) {
    case 'checkIns':
      return i18n._(msg`${plural(count, { one: '# check-in', other: '# check-ins' })}`)
    case 'goals':
      return i18n._(msg`${plural(count, { one: '# goal', other: '# goals' })}`)
    case 'goalRatings':
      return i18n._(msg`${plural(count, { one: '# goal rating', other: '# goal ratings' })}`)
    case 'savedItems':
      return i18n._(msg`${plural(count, { one: '# saved item', other: '# saved items' })}`)
    case 'toolEntries':
      return i18n._(msg`${plural(count, { one: '# tool entry', other: '# tool entries' })}`)
    case 'documents':
      return i18n._(msg`${plural(count, { one: '# page', other: '# pages' })}`)
  }
}

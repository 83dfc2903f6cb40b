import type { I18n } from '@lingui/core'
import { msg, select } from '@lingui/core/macro'
import { BACKUP_LIMITS, type BackupTable } from './backup-format.ts'
import type {
  BackupDetail,
  FieldPath,
  FileFieldRule,
  RecordRef,
  TableRule,
} from './backup-detail.ts'

type FieldDetail = Extract<BackupDetail, { kind: 'field' }>

/** "Check-in 4": a record as a person would find it, counting from 1. */
function recordName({ table, number }: RecordRef, i18n: I18n): string {
  return i18n._(
    msg`${select(table, {
      checkIns: `Check-in ${number}`,
      goals: `Goal ${number}`,
      goalRatings: `Goal rating ${number}`,
      savedItems: `Saved item ${number}`,
      toolEntries: `Tool entry ${number}`,
      documents: `Page ${number}`,
      other: `Record ${number}`,
    })}`,
  )
}

/** "ons › anxiety" or "feelings › item 3": field names as the file holds them, lists counted from 1. */
function fieldName(field: FieldPath, i18n: I18n): string {
  return field
    .map((key) => {
      if (typeof key === 'string') return key
      const position = key + 1
      return i18n._(msg`item ${position}`)
    })
    .join(' › ')
}

/** One thing wrong with a file, as one whole sentence in the page's language. */
export function describeBackupDetail(detail: BackupDetail, i18n: I18n): string {
  switch (detail.kind) {
    case 'field':
      return fieldWords(detail, i18n)
    case 'file-field':
      return fileFieldWords(fieldName(detail.field, i18n), detail.rule, i18n)
    case 'record-not-shaped': {
      const record = recordName(detail.record, i18n)
      return i18n._(msg`${record} is not shaped the way Harbour expects.`)
    }
    case 'table':
      return tableWords(detail.table, detail.rule, i18n)
    case 'unknown-part':
      return unknownPartWords(detail, i18n)
    case 'duplicate': {
      const { table, number, sameAs } = detail
      return i18n._(
        msg`${select(table, {
          checkIns: `Check-in ${number} is the same as check-in ${sameAs}.`,
          goals: `Goal ${number} is the same as goal ${sameAs}.`,
          goalRatings: `Goal rating ${number} is the same as goal rating ${sameAs}.`,
          savedItems: `Saved item ${number} is the same as saved item ${sameAs}.`,
          toolEntries: `Tool entry ${number} is the same as tool entry ${sameAs}.`,
          documents: `Page ${number} is the same as page ${sameAs}.`,
          other: `Record ${number} is the same as record ${sameAs}.`,
        })}`,
      )
    }
    case 'file-not-shaped':
      return i18n._(msg`This file is not shaped the way Harbour expects.`)
  }
}

function fieldWords(detail: FieldDetail, i18n: I18n): string {
  const record = recordName(detail.record, i18n)
  const field = fieldName(detail.field, i18n)
  const longest = i18n.number(BACKUP_LIMITS.textLength)
  const name = detail.name ?? ''
  switch (detail.rule) {
    case 'missing':
      return i18n._(msg`${record}: “${field}” is missing.`)
    case 'not-shaped':
      return i18n._(msg`${record}: “${field}” is not shaped the way Harbour expects.`)
    case 'should-be-text':
      return i18n._(msg`${record}: “${field}” should be text.`)
    case 'too-long-text':
      return i18n._(msg`${record}: “${field}” is longer than ${longest} characters.`)
    case 'should-be-id':
      return i18n._(msg`${record}: “${field}” should be an id.`)
    case 'not-valid-id':
      return i18n._(msg`${record}: “${field}” is not a valid id.`)
    case 'should-be-date-time':
      return i18n._(msg`${record}: “${field}” should be a date and time.`)
    case 'not-readable-date-time':
      return i18n._(msg`${record}: “${field}” is not a date and time Harbour can read.`)
    case 'not-real-date-time':
      return i18n._(msg`${record}: “${field}” is not a real date and time.`)
    case 'should-be-number':
      return i18n._(msg`${record}: “${field}” should be a number.`)
    case 'should-be-whole-number':
      return i18n._(msg`${record}: “${field}” should be a whole number.`)
    case 'should-be-0-to-10':
      return i18n._(msg`${record}: “${field}” should be from 0 to 10.`)
    case 'should-be-list':
      return i18n._(msg`${record}: “${field}” should be a list.`)
    case 'too-many-words':
      return i18n._(msg`${record}: “${field}” has too many words in it.`)
    case 'should-be-mood':
      return i18n._(msg`${record}: “${field}” should be a mood from 1 to 5.`)
    case 'should-be-true-or-false':
      return i18n._(msg`${record}: “${field}” should be true or false.`)
    case 'should-be-saved-kind':
      return i18n._(msg`${record}: “${field}” should be an article, a tool or a service.`)
    case 'not-known-page':
      return i18n._(
        msg`${record}: “${field}” is not a page Harbour knows (safety plan, About me or coping kit).`,
      )
    case 'wrong-version':
      return i18n._(msg`${record}: “${field}” is not a version Harbour can read.`)
    case 'data-not-group':
      return i18n._(msg`${record}: “${field}” should be a group of named values.`)
    case 'data-long-text':
      return i18n._(msg`${record}: “${field}” has text longer than ${longest} characters.`)
    case 'data-number-too-big':
      return i18n._(msg`${record}: “${field}” has a number that is too big.`)
    case 'data-too-deep':
      return i18n._(msg`${record}: “${field}” is nested too deeply.`)
    case 'data-list-too-long':
      return i18n._(msg`${record}: “${field}” has a list that is too long.`)
    case 'data-too-many-parts':
      return i18n._(msg`${record}: “${field}” has too many parts.`)
    case 'data-forbidden-name':
      return i18n._(
        msg`${record}: “${field}” has a part with a name Harbour never uses (“${name}”).`,
      )
    case 'data-name-too-long':
      return i18n._(msg`${record}: “${field}” has a part with a name that is too long.`)
    case 'data-not-plain':
      return i18n._(
        msg`${record}: “${field}” has something that is not plain text, numbers or lists.`,
      )
    case 'data-damaged':
      return i18n._(msg`${record}: “${field}” is damaged.`)
  }
}

function fileFieldWords(field: string, rule: FileFieldRule, i18n: I18n): string {
  switch (rule) {
    case 'missing':
      return i18n._(msg`“${field}” is missing.`)
    case 'not-shaped':
      return i18n._(msg`“${field}” is not shaped the way Harbour expects.`)
    case 'should-be-date-time':
      return i18n._(msg`“${field}” should be a date and time.`)
    case 'not-readable-date-time':
      return i18n._(msg`“${field}” is not a date and time Harbour can read.`)
    case 'not-real-date-time':
      return i18n._(msg`“${field}” is not a real date and time.`)
    case 'wrong-version':
      return i18n._(msg`“${field}” is not a version Harbour can read.`)
  }
}

function tableWords(table: BackupTable, rule: TableRule, i18n: I18n): string {
  switch (rule) {
    case 'missing':
      return i18n._(
        msg`${select(table, {
          checkIns: 'The check-ins are missing.',
          goals: 'The goals are missing.',
          goalRatings: 'The goal ratings are missing.',
          savedItems: 'The saved items are missing.',
          toolEntries: 'The tool entries are missing.',
          documents: 'The pages are missing.',
          other: 'Some records are missing.',
        })}`,
      )
    case 'not-shaped':
      return i18n._(
        msg`${select(table, {
          checkIns: 'The check-ins are not shaped the way Harbour expects.',
          goals: 'The goals are not shaped the way Harbour expects.',
          goalRatings: 'The goal ratings are not shaped the way Harbour expects.',
          savedItems: 'The saved items are not shaped the way Harbour expects.',
          toolEntries: 'The tool entries are not shaped the way Harbour expects.',
          documents: 'The pages are not shaped the way Harbour expects.',
          other: 'Some records are not shaped the way Harbour expects.',
        })}`,
      )
    case 'should-be-list':
      return i18n._(
        msg`${select(table, {
          checkIns: 'The check-ins should be a list.',
          goals: 'The goals should be a list.',
          goalRatings: 'The goal ratings should be a list.',
          savedItems: 'The saved items should be a list.',
          toolEntries: 'The tool entries should be a list.',
          documents: 'The pages should be a list.',
          other: 'Some records should be a list.',
        })}`,
      )
    case 'too-many-records': {
      const most = i18n.number(BACKUP_LIMITS.rowsPerTable)
      return i18n._(
        msg`${select(table, {
          checkIns: `There are more than ${most} check-ins.`,
          goals: `There are more than ${most} goals.`,
          goalRatings: `There are more than ${most} goal ratings.`,
          savedItems: `There are more than ${most} saved items.`,
          toolEntries: `There are more than ${most} tool entries.`,
          documents: `There are more than ${most} pages.`,
          other: `There are more than ${most} records.`,
        })}`,
      )
    }
  }
}

function unknownPartWords(
  detail: Extract<BackupDetail, { kind: 'unknown-part' }>,
  i18n: I18n,
): string {
  const { name } = detail
  const field = detail.field ? fieldName(detail.field, i18n) : undefined
  if (detail.record) {
    const record = recordName(detail.record, i18n)
    return field === undefined
      ? i18n._(msg`${record} has something Harbour does not know: “${name}”.`)
      : i18n._(msg`${record}: “${field}” has something Harbour does not know: “${name}”.`)
  }
  return field === undefined
    ? i18n._(msg`This file has something Harbour does not know: “${name}”.`)
    : i18n._(msg`“${field}” has something Harbour does not know: “${name}”.`)
}

import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import type { BackupDetail } from './backup-detail.ts'
import { describeBackupProblem, describeImportStorageProblem } from './backup-problem-words.ts'
import type { BackupProblem } from './check-backup.ts'

const titleNotText: BackupDetail = {
  kind: 'field',
  record: { table: 'goals', number: 1 },
  field: ['title'],
  rule: 'should-be-text',
}

/** One of each kind of detail, with where it is and which rule it broke. */
const everyKind: BackupDetail[] = [
  {
    kind: 'field',
    record: { table: 'checkIns', number: 4 },
    field: ['at'],
    rule: 'should-be-date-time',
  },
  {
    kind: 'field',
    record: { table: 'checkIns', number: 2 },
    field: ['feelings', 2],
    rule: 'too-long-text',
  },
  {
    kind: 'field',
    record: { table: 'toolEntries', number: 1 },
    field: ['data'],
    rule: 'data-forbidden-name',
    name: '__proto__',
  },
  { kind: 'file-field', field: ['exportedAt'], rule: 'not-real-date-time' },
  { kind: 'record-not-shaped', record: { table: 'documents', number: 2 } },
  { kind: 'table', table: 'goalRatings', rule: 'missing' },
  { kind: 'table', table: 'goals', rule: 'too-many-records' },
  { kind: 'unknown-part', record: { table: 'goals', number: 1 }, name: 'colour' },
  { kind: 'unknown-part', name: 'extra' },
  { kind: 'duplicate', table: 'savedItems', number: 2, sameAs: 1 },
]

function detailsIn(locale: 'en' | 'cy', details: BackupDetail[]): string[] {
  const problem: BackupProblem = { kind: 'invalid', details, more: 0 }
  return describeBackupProblem(problem, i18nFor(locale)).details
}

describe('backup problem words', () => {
  it('counts the problems not named, with plural forms', () => {
    const en = i18nFor('en')
    const problem: BackupProblem = { kind: 'invalid', details: [titleNotText], more: 1 }
    expect(describeBackupProblem(problem, en).details).toEqual([
      'Goal 1: “title” should be text.',
      'And 1 more problem.',
    ])
    expect(describeBackupProblem({ ...problem, more: 12 }, en).details.at(-1)).toBe(
      'And 12 more problems.',
    )
  })

  it('says where each problem is and what is wrong, one whole sentence each', () => {
    expect(detailsIn('en', everyKind)).toEqual([
      'Check-in 4: “at” should be a date and time.',
      'Check-in 2: “feelings › item 3” is longer than 10,000 characters.',
      'Tool entry 1: “data” has a part with a name Harbour never uses (“__proto__”).',
      '“exportedAt” is not a real date and time.',
      'Page 2 is not shaped the way Harbour expects.',
      'The goal ratings are missing.',
      'There are more than 50,000 goals.',
      'Goal 1 has something Harbour does not know: “colour”.',
      'This file has something Harbour does not know: “extra”.',
      'Saved item 2 is the same as saved item 1.',
    ])
  })

  it('says what went wrong, and that nothing changed, in Welsh', () => {
    const cy = i18nFor('cy')
    expect(describeBackupProblem({ kind: 'empty' }, cy).headline).toBe(
      'Mae’r ffeil hon yn wag. Efallai nad yw wedi gorffen lawrlwytho na chopïo. Does dim byd ar y ddyfais hon wedi newid.',
    )
    expect(
      describeBackupProblem({ kind: 'too-big', bytes: 30 * 1024 * 1024 }, cy).headline,
    ).toContain('Mae tua 30 MB, a’r mwyaf gall Harbour ei ddarllen yw 20 MB.')
    expect(describeImportStorageProblem('full', cy).headline).toMatch(
      /^Does dim digon o le ar y ddyfais hon/,
    )
  })

  it('names each problem in Welsh, keeping the record, the field and the part named', () => {
    const welsh = detailsIn('cy', everyKind)
    const english = detailsIn('en', everyKind)
    welsh.forEach((sentence, index) => {
      expect(sentence).not.toBe(english[index])
      expect(sentence).toMatch(/^\S.*[.”]$/)
    })
    expect(welsh[0]).toBe('Cofnod 4: dylai “at” fod yn ddyddiad ac amser.')
    expect(welsh[1]).toContain('“feelings › eitem 3”')
    expect(welsh[2]).toContain('“__proto__”')
    expect(welsh[9]).toBe('Mae eitem wedi’i chadw 2 yr un fath ag eitem wedi’i chadw 1.')
  })
})

import { describe, expect, it } from 'vitest'
import { BACKUP_LIMITS } from './backup-format.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { describeBackupProblem } from './backup-problem-words.ts'
import { sampleBackup, sampleRows } from './backup-test-data.ts'
import { checkBackupText, type BackupProblem } from './check-backup.ts'

const en = i18nFor('en')

function problemOf(text: string): BackupProblem {
  const result = checkBackupText(text)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problem
}

function detailsOf(value: unknown): string[] {
  const problem = problemOf(JSON.stringify(value))
  expect(problem.kind).toBe('invalid')
  return describeBackupProblem(problem, en).details
}

function withRows(change: (rows: ReturnType<typeof sampleRows>) => void) {
  const rows = sampleRows()
  change(rows)
  return sampleBackup(rows)
}

describe('checking a file before it is imported', () => {
  it('accepts a good export, also with a byte order mark, and keeps every row exactly', () => {
    const backup = sampleBackup()
    for (const text of [JSON.stringify(backup), `\uFEFF${JSON.stringify(backup, null, 2)}`]) {
      const result = checkBackupText(text)
      expect(result).toEqual({ ok: true, backup })
    }
  })

  it('names an empty, foreign, cut-short, newer or too-big file for what it is', () => {
    expect(problemOf('')).toEqual({ kind: 'empty' })
    expect(problemOf('  \n')).toEqual({ kind: 'empty' })
    expect(problemOf('name,mood\nSam,3')).toEqual({ kind: 'not-harbour' })
    expect(problemOf('{"type":"FeatureCollection","features":[]}')).toEqual({ kind: 'not-harbour' })
    expect(problemOf('[1,2,3]')).toEqual({ kind: 'not-harbour' })
    expect(problemOf('null')).toEqual({ kind: 'not-harbour' })
    const text = JSON.stringify(sampleBackup())
    expect(problemOf(text.slice(0, text.length / 2))).toEqual({ kind: 'cut-short' })
    expect(problemOf(JSON.stringify({ ...sampleBackup(), version: 2 }))).toEqual({
      kind: 'newer-version',
      version: 2,
    })
    const huge = ' '.repeat(BACKUP_LIMITS.fileBytes + 1)
    expect(problemOf(huge)).toMatchObject({ kind: 'too-big' })
  })

  it('says in plain words what is wrong with a row, and where', () => {
    expect(
      detailsOf(
        withRows((rows) => {
          const second = rows.checkIns[1]
          if (second) second.at = '2026-02-31T25:00:00Z'
        }),
      ),
    ).toEqual(['Check-in 2: “at” is not a date and time Harbour can read.'])

    // Browsers read 30 February as 2 March without complaint; the import must not.
    expect(
      detailsOf(
        withRows((rows) => {
          const first = rows.goals[0]
          if (first) first.createdAt = '2026-02-30T10:00:00.000Z'
        }),
      ),
    ).toEqual(['Goal 1: “createdAt” is not a real date and time.'])

    expect(
      detailsOf(
        withRows((rows) => {
          Object.assign(rows.goals[0] ?? {}, { title: 7 })
          Object.assign(rows.goalRatings[0] ?? {}, { rating: 11 })
          Object.assign(rows.savedItems[0] ?? {}, { id: 'not-an-id' })
        }),
      ),
    ).toEqual([
      'Goal 1: “title” should be text.',
      'Goal rating 1: “rating” should be from 0 to 10.',
      'Saved item 1: “id” is not a valid id.',
    ])
  })

  it('names missing parts, parts it does not know, and says how many more problems there are', () => {
    expect(
      detailsOf(
        withRows((rows) => {
          for (const checkIn of rows.checkIns) Object.assign(checkIn, { mood: 9 })
          Object.assign(rows.goals[0] ?? {}, { colour: 'blue' })
          delete (rows.savedItems[0] as Partial<(typeof rows.savedItems)[0]>).title
          Object.assign(rows.toolEntries[0] ?? {}, { data: 'words' })
        }),
      ),
    ).toEqual([
      'Check-in 1: “mood” should be a mood from 1 to 5.',
      'Check-in 2: “mood” should be a mood from 1 to 5.',
      'Goal 1 has something Harbour does not know: “colour”.',
      'And 2 more problems.',
    ])

    const { goals: _goals, ...tables } = sampleBackup().tables
    expect(detailsOf({ ...sampleBackup(), tables })).toEqual(['The goals are missing.'])
    expect(detailsOf({ ...sampleBackup(), exportedAt: 'yesterday' })).toEqual([
      '“exportedAt” is not a date and time Harbour can read.',
    ])
    expect(detailsOf({ ...sampleBackup(), tables: { ...tables, goals: {} } })).toEqual([
      'The goals should be a list.',
    ])
  })

  it('refuses text over the limit and a tool entry holding something harmful', () => {
    expect(
      detailsOf(
        withRows((rows) => {
          Object.assign(rows.checkIns[0] ?? {}, { note: 'x'.repeat(10_001) })
        }),
      ),
    ).toEqual(['Check-in 1: “note” is longer than 10,000 characters.'])

    const polluted = JSON.stringify(sampleBackup()).replace(
      '"situation":"Lunch"',
      '"__proto__":{"isAdmin":true}',
    )
    expect(describeBackupProblem(problemOf(polluted), en).details).toEqual([
      'Tool entry 1: “data” has a part with a name Harbour never uses (“__proto__”).',
    ])
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()

    const rowPolluted = JSON.stringify(sampleBackup()).replace(
      '"title":"Exam stress"',
      '"title":"Exam stress","__proto__":{"x":1}',
    )
    expect(describeBackupProblem(problemOf(rowPolluted), en).details).toEqual([
      'Saved item 1 has something Harbour does not know: “__proto__”.',
    ])
  })

  it('refuses the same record twice in one file', () => {
    expect(
      detailsOf(
        withRows((rows) => {
          const first = rows.checkIns[0]
          if (first) rows.checkIns.push({ ...first, note: 'copy' })
          const saved = rows.savedItems[0]
          if (saved) rows.savedItems.push({ ...saved, id: crypto.randomUUID() })
        }),
      ),
    ).toEqual([
      'Check-in 3 is the same as check-in 1.',
      'Saved item 2 is the same as saved item 1.',
    ])
  })

  it('gives every problem a headline that says nothing was changed', () => {
    const problems: BackupProblem[] = [
      { kind: 'too-big', bytes: 30 * 1024 * 1024 },
      { kind: 'empty' },
      { kind: 'not-harbour' },
      { kind: 'cut-short' },
      { kind: 'newer-version', version: 3 },
      {
        kind: 'invalid',
        details: [{ kind: 'record-not-shaped', record: { table: 'goals', number: 1 } }],
        more: 0,
      },
      { kind: 'unreadable' },
    ]
    for (const problem of problems) {
      expect(describeBackupProblem(problem, en).headline).toContain(
        'Nothing on this device has been changed.',
      )
    }
    expect(describeBackupProblem(problems[0] as BackupProblem, en).headline).toContain(
      'It is about 30 MB, and the most Harbour can read is 20 MB.',
    )
  })
})

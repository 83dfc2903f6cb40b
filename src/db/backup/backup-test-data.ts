/* eslint-disable lingui/no-unlocalized-strings -- sample personal data for tests */
import type { HarbourDatabase } from '../schema.ts'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupRows,
  type HarbourBackup,
} from './backup-format.ts'

/** Known records in every table, each using every optional field somewhere. */
export function sampleRows(): BackupRows {
  return {
    checkIns: [
      {
        id: '0b9d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4',
        at: '2026-01-10T08:30:00.000Z',
        mood: 2,
        feelings: ['worried', 'tired'],
        happenings: ['school', 'sleep'],
        note: 'Maths test, "big" one, = stressful\nSlept badly',
        unsafe: false,
        ons: { lifeSatisfaction: 5, worthwhile: 6, happiness: 4 },
      },
      {
        id: '1c0e3d2f-4a5b-4c6d-9e7f-8091a2b3c4d5',
        at: '2026-01-11T19:00:00.000Z',
        mood: 4,
        feelings: [],
        happenings: ['friends'],
        updatedAt: '2026-01-12T09:00:00.000Z',
      },
    ],
    goals: [
      {
        id: '2d1f4e3a-5b6c-4d7e-8f80-91a2b3c4d5e6',
        title: 'Go to football again',
        createdAt: '2026-01-01T10:00:00.000Z',
      },
      {
        id: '3e2a5f4b-6c7d-4e8f-9091-a2b3c4d5e6f7',
        title: 'Sleep before 11',
        createdAt: '2025-12-01T10:00:00.000Z',
        archivedAt: '2026-01-05T10:00:00.000Z',
      },
    ],
    goalRatings: [
      {
        id: '4f3b6a5c-7d8e-4f90-a1b2-c3d4e5f60718',
        goalId: '2d1f4e3a-5b6c-4d7e-8f80-91a2b3c4d5e6',
        at: '2026-01-08T10:00:00.000Z',
        rating: 3,
      },
    ],
    savedItems: [
      {
        id: '5a4c7b6d-8e9f-4a01-b2c3-d4e5f6071829',
        kind: 'article',
        ref: 'exam-stress',
        title: 'Exam stress',
        savedAt: '2026-01-03T12:00:00.000Z',
      },
    ],
    toolEntries: [
      {
        id: '6b5d8c7e-9fa0-4b12-83d4-e5f60718293a',
        tool: 'thought-record',
        updatedAt: '2026-01-04T12:00:00.000Z',
        data: { situation: 'Lunch', feelings: [{ word: 'sad', strength: 60 }], done: true },
      },
    ],
    documents: [
      {
        id: 'safety-plan',
        updatedAt: '2026-01-02T12:00:00.000Z',
        data: { warningSigns: ['Not eating'], reasons: ['My dog'] },
      },
      {
        id: 'about-me',
        updatedAt: '2026-01-02T13:00:00.000Z',
        data: { preferredName: 'Sam', pronouns: 'they/them', contactWays: ['text'] },
      },
    ],
  }
}

export function sampleBackup(rows: BackupRows = sampleRows()): HarbourBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-02-01T12:00:00.000Z',
    tables: rows,
  }
}

export async function fillEveryTable(database: HarbourDatabase, rows = sampleRows()) {
  await database.transaction('rw', database.tables, async () => {
    await database.checkIns.bulkAdd(rows.checkIns)
    await database.goals.bulkAdd(rows.goals)
    await database.goalRatings.bulkAdd(rows.goalRatings)
    await database.savedItems.bulkAdd(rows.savedItems)
    await database.toolEntries.bulkAdd(rows.toolEntries)
    await database.documents.bulkAdd(rows.documents)
  })
}

/** Every table, every record, in key order, as one string: equal strings mean equal data. */
export async function dumpDatabase(database: HarbourDatabase): Promise<string> {
  // The sync outbox says which records changed and when: the when differs on every run.
  const tables = await Promise.all(
    database.tables.map(async (table) =>
      table.name === 'syncOutbox'
        ? ([table.name, await table.toCollection().primaryKeys()] as const)
        : ([table.name, await table.toArray()] as const),
    ),
  )
  return JSON.stringify(tables)
}

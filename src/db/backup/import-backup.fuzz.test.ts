import Dexie, { type Table } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HarbourDatabase } from '../schema.ts'
import { createTestDatabase } from '../test-harness.ts'
import { BACKUP_LIMITS, BACKUP_TABLES, type BackupRows } from './backup-format.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { describeBackupProblem, describeImportStorageProblem } from './backup-problem-words.ts'
import { dumpDatabase, fillEveryTable, sampleBackup, sampleRows } from './backup-test-data.ts'
import { backupToJson } from './export-backup.ts'
import { importBackupText, type ImportOutcome } from './import-backup.ts'

const en = i18nFor('en')

/** Mulberry32: small, fast and seeded, so a failing case can be run again exactly. */
function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number) => Math.floor(next() * below)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  return { next, int, pick }
}

type Random = ReturnType<typeof seededRandom>
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const SEED = 20_260_302
const CASES = 1_200
/** Each test runs many imports: give it room on a busy machine. */
const TIMEOUT_MS = 60_000

/** The device's own data: the sample with other ids, so any write by a file would show. */
function deviceRows(): BackupRows {
  const text = JSON.stringify(sampleRows()).replace(
    /"([0-9a-f]{8})-/g,
    (_match, head: string) => `"${[...head].reverse().join('')}-`,
  )
  const rows = JSON.parse(text) as BackupRows
  // Pages are keyed by name, not a random id: make the device's older, so a file replaces them.
  for (const page of rows.documents) {
    page.updatedAt = '2025-06-01T00:00:00.000Z'
    page.data = { on: 'the device' }
  }
  return rows
}

const goodFile = () => JSON.parse(backupToJson(sampleBackup())) as { [key: string]: Json }

const WRONG_VALUES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  6,
  '',
  'x',
  '2026-13-40T99:99:99Z',
  'not-a-uuid',
  [],
  [1, 'two'],
  {},
  { a: 1 },
]

const BAD_DATES = [
  '2026-02-30T10:00:00Z',
  '2026-1-1T10:00:00Z',
  '26-01-01',
  'yesterday',
  '2026-01-01',
  '2026-01-01T24:00:00Z',
  '',
  '2026-01-01T10:00:00.000+25:00',
]

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype']

/** Every [container, key] in a JSON value, so a mutation can land anywhere. */
function places(value: Json, found: [Json[] | { [key: string]: Json }, string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push([value, index])
      places(item, found)
    })
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      found.push([value, key])
      places(value[key] as Json, found)
    }
  }
  return found
}

function setAt(container: Json[] | { [key: string]: Json }, key: string | number, value: Json) {
  Object.defineProperty(container, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

function rowsOf(file: { [key: string]: Json }) {
  return file.tables as { [table: string]: { [key: string]: Json }[] }
}

function randomRow(random: Random, file: { [key: string]: Json }) {
  const tables = rowsOf(file)
  const withRows = BACKUP_TABLES.filter((table) => (tables[table]?.length ?? 0) > 0)
  const table = random.pick(withRows)
  const rows = tables[table] ?? []
  return { table, rows, row: random.pick(rows) }
}

function randomText(random: Random, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += String.fromCharCode(random.int(0x3000))
  return text
}

/** Each makes one malformed file (as text) from a good one. */
const mutations: Record<string, (random: Random) => string> = {
  truncated: (random) => {
    const text = backupToJson(sampleBackup())
    // Cut somewhere before the closing brace: a whole file minus its newline is still whole.
    return text.slice(0, random.int(text.trimEnd().length - 1))
  },
  'wrong type': (random) => {
    const file = goodFile()
    const [container, key] = random.pick(places(file))
    const current = (container as { [key: string]: Json })[key as string]
    let value = random.pick(WRONG_VALUES)
    while (JSON.stringify(value) === JSON.stringify(current)) value = random.pick(WRONG_VALUES)
    setAt(container, key, value)
    return JSON.stringify(file)
  },
  'missing field': (random) => {
    const file = goodFile()
    const { row } = randomRow(random, file)
    // Only fields every row must have: leaving out an optional one is a good file.
    const required = Object.keys(row).filter(
      (key) => !['note', 'unsafe', 'ons', 'updatedAt', 'archivedAt'].includes(key),
    )
    delete row[random.pick(required)]
    return JSON.stringify(file)
  },
  'missing top-level part': (random) => {
    const file = goodFile()
    if (random.next() < 0.5) delete file[random.pick(['format', 'version', 'exportedAt', 'tables'])]
    else delete rowsOf(file)[random.pick(BACKUP_TABLES)]
    return JSON.stringify(file)
  },
  'huge string': (random) => {
    const file = goodFile()
    const { row } = randomRow(random, file)
    const key = random.pick(Object.keys(row))
    row[key] = 'x'.repeat(BACKUP_LIMITS.textLength + 1 + random.int(100_000))
    return JSON.stringify(file)
  },
  'invalid date': (random) => {
    const file = goodFile()
    const { row } = randomRow(random, file)
    const dateKeys = Object.keys(row).filter((key) => /At$|^at$/.test(key))
    row[random.pick(dateKeys)] = random.pick(BAD_DATES)
    return JSON.stringify(file)
  },
  'duplicate id': (random) => {
    const file = goodFile()
    const { row, rows } = randomRow(random, file)
    rows.push({ ...row, ...(random.next() < 0.5 ? {} : { updatedAt: '2027-01-01T00:00:00.000Z' }) })
    return JSON.stringify(file)
  },
  'foreign JSON': (random) => {
    const shapes: Json[] = [
      { type: 'FeatureCollection', features: [] },
      { format: 'other-app', version: 1, tables: {} },
      { format: 'Harbour-Export', version: 1 },
      [goodFile()],
      random.next(),
      'harbour-export',
      { data: goodFile() },
      { format: 'harbour-export', version: '1', exportedAt: 'x', tables: {} },
      { format: 'harbour-export', version: 0, exportedAt: '2026-01-01T00:00:00Z', tables: {} },
    ]
    return JSON.stringify(random.pick(shapes))
  },
  'random bytes': (random) => {
    const bytes = Uint8Array.from({ length: 1 + random.int(4000) }, () => random.int(256))
    return new TextDecoder('utf-8').decode(bytes)
  },
  'row in the wrong table': (random) => {
    const file = goodFile()
    const { table, rows, row } = randomRow(random, file)
    const others = BACKUP_TABLES.filter((other) => other !== table)
    rows.splice(rows.indexOf(row), 1)
    rowsOf(file)[random.pick(others)]?.push(row)
    return JSON.stringify(file)
  },
  'prototype pollution key': (random) => {
    const file = goodFile()
    const objects = places(file)
      .map(([container, key]) => (container as { [key: string]: Json })[key as string])
      .filter(
        (value): value is { [key: string]: Json } =>
          !!value && typeof value === 'object' && !Array.isArray(value),
      )
    const target = random.next() < 0.2 ? file : random.pick(objects)
    setAt(target, random.pick(POLLUTING_KEYS), { polluted: true, toString: 'x' })
    return JSON.stringify(file)
  },
  'unknown field': (random) => {
    const file = goodFile()
    const { row } = randomRow(random, file)
    // Tool entries and pages hold free-form data, so add beside it, not inside it.
    row[`extra${random.int(100)}`] = random.pick(WRONG_VALUES)
    return JSON.stringify(file)
  },
  'characters changed': (random) => {
    const chars = [...backupToJson(sampleBackup())]
    for (let i = 0; i < 1 + random.int(5); i++) {
      chars[random.int(chars.length)] = random.pick([
        '"',
        '{',
        '}',
        ',',
        ':',
        ']',
        '\\',
        '\u0000',
        'Z',
        '9',
      ])
    }
    return chars.join('')
  },
  'deeply nested data': (random) => {
    const depth = 13 + random.int(50_000)
    // Written as text: building so deep an object here would overflow JSON.stringify itself.
    return backupToJson(sampleBackup()).replace(
      /"data": \{\n\s+"situation"/,
      `"data": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}, "unused": {"situation"`,
    )
  },
  'out of range number': (random) => {
    const file = goodFile()
    const rows = rowsOf(file)
    const target = random.pick([
      () =>
        Object.assign(rows.checkIns?.[0] ?? {}, { mood: random.pick([0, 6, 2.5, -3, Infinity]) }),
      () => Object.assign(rows.goalRatings?.[0] ?? {}, { rating: random.pick([-1, 11, 3.3]) }),
      () =>
        Object.assign(rows.checkIns?.[0] ?? {}, { ons: { happiness: random.pick([11, -2, 0.5]) } }),
    ])
    target()
    // 1e999 is not valid JSON: write it in so the parser meets it as text.
    return JSON.stringify(file).replace('"mood":null', '"mood":1e999')
  },
  'newer or odd version': (random) => {
    const file = goodFile()
    file.version = random.pick([2, 99, 1.5, -1, '2', null])
    return JSON.stringify(file)
  },
  'too big': (random) =>
    `${backupToJson(sampleBackup())}${' '.repeat(BACKUP_LIMITS.fileBytes + random.int(1000))}`,
  'random junk text': (random) => randomText(random, 1 + random.int(2000)),
}

describe('the importer, given malformed files', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  async function freshDevice(): Promise<{ database: HarbourDatabase; dump: string }> {
    const database = createTestDatabase()
    await fillEveryTable(database, deviceRows())
    return { database, dump: await dumpDatabase(database) }
  }

  function expectClearProblem(outcome: Extract<ImportOutcome, { ok: false }>) {
    const words =
      outcome.problem.kind === 'storage'
        ? describeImportStorageProblem(outcome.problem.saveProblem, en)
        : describeBackupProblem(outcome.problem, en)
    expect(words.headline).toContain('Nothing on this device has been changed.')
    if (outcome.problem.kind === 'invalid') expect(words.details.length).toBeGreaterThan(0)
    for (const detail of words.details) expect(detail).toMatch(/^\S.*[.”]$/)
  }

  it(
    `never crashes and never writes part of a file (${CASES} seeded cases)`,
    async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const random = seededRandom(SEED)
      const names = Object.keys(mutations)
      let device = await freshDevice()
      let refused = 0
      const accepted: string[] = []
      // The 'too big' case builds a 20 MB string: a few of them prove the point.
      let bigFiles = 0

      for (let index = 0; index < CASES; index++) {
        let name = names[index % names.length] as string
        if (name === 'too big' && ++bigFiles > 8) name = 'truncated'
        const text = (mutations[name] as (random: Random) => string)(random)
        const outcome = await importBackupText(text)
        if (outcome.ok) {
          accepted.push(name)
          device = await freshDevice()
          continue
        }
        refused += 1
        expectClearProblem(outcome)
        const after = await dumpDatabase(device.database)
        if (after !== device.dump) throw new Error(`Case ${index} (${name}) changed the device`)
      }

      expect(refused).toBeGreaterThanOrEqual(1_000)
      // Only mutations that can, by chance, still make a good file may be accepted.
      expect(
        accepted.filter((name) => !['wrong type', 'characters changed'].includes(name)),
      ).toEqual([])
      // Nothing anywhere picked up a polluted prototype.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
    TIMEOUT_MS,
  )

  it(
    'undoes a good file completely when storage fails at any table',
    async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const random = seededRandom(SEED + 1)
      const file = backupToJson(sampleBackup())
      for (let index = 0; index < 60; index++) {
        const device = await freshDevice()
        // The device already holds the sample's saved article, so that table has nothing to write.
        const failing = random.pick(BACKUP_TABLES.filter((table) => table !== 'savedItems'))
        const error = random.pick([
          () =>
            new Dexie.AbortError(
              'Transaction aborted',
              new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
            ),
          () => new DOMException('Storage went away', 'InvalidStateError'),
          () => new Error('Something unexpected'),
        ])()
        const tableClass = device.database.Table.prototype
        const realBulkPut = tableClass.bulkPut
        async function failAt(this: Table, ...args: Parameters<Table['bulkPut']>) {
          const result: unknown = await realBulkPut.apply(this, args)
          if (this.name === failing) throw error
          return result
        }
        const spy = vi
          .spyOn(tableClass, 'bulkPut')
          .mockImplementation(failAt as unknown as Table['bulkPut'])
        const outcome = await importBackupText(file)
        spy.mockRestore()
        expect(outcome.ok).toBe(false)
        if (!outcome.ok) expectClearProblem(outcome)
        expect(await dumpDatabase(device.database)).toBe(device.dump)
      }
    },
    TIMEOUT_MS,
  )
})

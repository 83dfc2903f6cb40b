import { describe, expect, it } from 'vitest'
import { countOutcomes } from './report.ts'
import { runImport } from './run-import.ts'
import { contractProblems, demoServices, tempRoot } from './test-support.ts'

/**
 * Hundreds of demo records, randomly mangled the ways real feeds go wrong: fields missing, of
 * the wrong type, out of range, full of markup, lists broken, whole records replaced by junk.
 * The importer must never throw, and must account for every record.
 */

/** mulberry32: a small seeded generator, so a failure can be replayed exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const JUNK: unknown[] = [
  null,
  '',
  '   ',
  0,
  -1,
  100,
  -200,
  1e308,
  '25:99',
  '2026-02-30',
  '17:00',
  '09:00',
  'MO,XX,2ZZ',
  '-1TH',
  'DAILY',
  '<script>alert(1)</script><b>bold</b>',
  'javascript:alert(1)',
  ' x '.repeat(400),
  '__proto__',
  true,
  {},
  [],
  [null, 1, 'a'],
  { id: 'x' },
  { latitude: 100, longitude: 101 },
  { freq: 'WEEKLY', byday: 'FR', opens_at: '20:00', closes_at: '02:00' },
]

function mangler(rand: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T
  const mangle = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) {
      const copy = [...value]
      const i = Math.floor(rand() * (copy.length + 1))
      const roll = rand()
      if (roll < 0.2) copy.splice(i, 1)
      else if (roll < 0.35) copy.splice(i, 0, copy[0] ?? pick(JUNK))
      else if (roll < 0.5) copy[i] = pick(JUNK)
      else if (copy.length > 0 && depth < 5)
        copy[i % copy.length] = mangle(copy[i % copy.length], depth + 1)
      return copy
    }
    if (typeof value === 'object' && value !== null) {
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
      const keys = Object.keys(copy)
      const key =
        rand() < 0.1
          ? pick(['status', 'extra', 'opens_at', 'latitude'])
          : pick(keys.length ? keys : ['id'])
      const roll = rand()
      if (roll < 0.25) delete copy[key]
      else if (roll < 0.55 || depth >= 5) copy[key] = pick(JUNK)
      else copy[key] = mangle(copy[key], depth + 1)
      return copy
    }
    return rand() < 0.5 ? pick(JUNK) : value
  }
  return mangle
}

const COUNT = 400

function mangledRecords(seed: number): unknown[] {
  const rand = random(seed)
  const mangle = mangler(rand)
  const sources = demoServices()
  return Array.from({ length: COUNT }, () => {
    if (rand() < 0.05) return JSON.parse(JSON.stringify(mangle([], 0))) as unknown
    const source = sources[Math.floor(rand() * sources.length)] ?? {}
    // A fresh id each time, so most records reach the reader rather than the duplicate check.
    let record: unknown = { ...structuredClone(source), id: `${String(source.id)}-${rand()}` }
    const times = 1 + Math.floor(rand() * 6)
    for (let i = 0; i < times; i++) record = mangle(record, 0)
    return record
  })
}

describe('a fuzz of mangled records', () => {
  for (const seed of [1, 20261124]) {
    it(`never throws and accounts for all ${COUNT} records (seed ${seed})`, async () => {
      const temp = tempRoot()
      try {
        const file = temp.write('mangled.json', mangledRecords(seed))
        const result = await runImport({ source: file, area: 'demo', root: temp.root })
        const counts = countOutcomes(result.records)
        expect(counts.read).toBe(COUNT)
        expect(counts.imported + counts.repaired + counts.rejected).toBe(COUNT)
        expect(result.bundle?.services.length).toBe(counts.imported + counts.repaired)
        expect(counts.repaired).toBeGreaterThan(50)
        expect(counts.rejected).toBeGreaterThan(0)
        const faults = result.records.filter((r) => r.reason?.includes('fault in the importer'))
        expect(faults).toEqual([])
        expect(result.records.filter((r) => r.outcome === 'rejected' && !r.reason)).toEqual([])
        expect(result.bundle?.services.flatMap(contractProblems)).toEqual([])
      } finally {
        temp.cleanUp()
      }
    })
  }
})

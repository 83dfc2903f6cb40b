import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  DELIVERY_MODES,
  THRIVE_GROUPINGS,
  type DirectoryService,
} from '../../src/features/directory/service-model.ts'
import { isTopic } from '../../src/lib/topics.ts'

/** Shared by the importer's tests (not a test file itself). */

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const DEMO_FILE = path.join(ROOT, 'areas/demo/services.json')
export const DEMO_MAPPING = path.join(ROOT, 'areas/demo/topic-mapping.json')
export const EXAMPLE_FILE = path.join(
  import.meta.dirname,
  'fixtures/uk-profile-example-service-full.json',
)

export function demoServices(): Record<string, unknown>[] {
  const page = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as {
    contents: Record<string, unknown>[]
  }
  return page.contents
}

/** A throwaway repository root with areas/demo/ and the demo topic mapping. */
export function tempRoot(): {
  root: string
  write(name: string, data: unknown): string
  cleanUp(): void
} {
  const root = mkdtempSync(path.join(os.tmpdir(), 'harbour-import-'))
  mkdirSync(path.join(root, 'areas/demo'), { recursive: true })
  copyFileSync(DEMO_MAPPING, path.join(root, 'areas/demo/topic-mapping.json'))
  return {
    root,
    write(name, data) {
      const file = path.join(root, name)
      writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data))
      return file
    },
    cleanUp: () => rmSync(root, { recursive: true, force: true }),
  }
}

let counter = 0

/** A small, valid ORUK 3.0 service; `extra` fields replace its own. */
export function service(extra: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
  return {
    id,
    name: `Test service ${counter}`,
    status: 'active',
    description: 'A test service.',
    organization: { id: '00000000-0000-4000-8000-999999999999', name: 'Test org' },
    attributes: [
      { id: `${id}-a`, taxonomy_term: { id: 't1', name: 'Getting Help', taxonomy: 'thrive' } },
      {
        id: `${id}-b`,
        taxonomy_term: { id: 't2', code: 'anxiety', name: 'Anxiety', taxonomy: 'harbour-topics' },
      },
    ],
    ...extra,
  }
}

/** The contract's promises, checked on every service a test produces. */
export function contractProblems(s: DirectoryService): string[] {
  const problems: string[] = []
  const check = (ok: boolean, what: string) => ok || problems.push(`${s.id}: ${what}`)
  check(s.id.length > 0 && s.name.length > 0, 'id and name')
  check(s.name === s.name.trim() && !/<[a-z/]/i.test(s.name), 'name is clean text')
  check(s.thrive.length > 0 && s.thrive.every((t) => THRIVE_GROUPINGS.includes(t)), 'thrive')
  check(
    s.modes.every((m) => DELIVERY_MODES.includes(m)),
    'modes',
  )
  check(s.topics.every(isTopic), 'topics')
  check(s.ages.min === undefined || s.ages.max === undefined || s.ages.min <= s.ages.max, 'ages')
  for (const place of s.locations) {
    check(Math.abs(place.latitude) <= 90 && Math.abs(place.longitude) <= 180, 'coordinates')
  }
  for (const rule of s.opening) {
    check(/^\d\d:\d\d$/.test(rule.opensAt) && /^\d\d:\d\d$/.test(rule.closesAt), 'HH:MM times')
    check(rule.freq === 'WEEKLY' || rule.freq === 'MONTHLY', 'freq')
    check(rule.byDay.length > 0 || (rule.byMonthDay?.length ?? 0) > 0, 'days')
  }
  for (const link of [s.url].filter((u) => u !== undefined)) check(/^https?:\/\//.test(link), 'url')
  return problems
}

import path from 'node:path'
import { readFileSync } from 'node:fs'
import {
  parseDistricts,
  placeOfOutcode,
  type Districts,
} from '../src/features/directory/places/districts.ts'
import type { DirectoryQuery, Place } from '../src/features/directory/search/search-model.ts'

/** A fixed mix of the searches people make: none, by need, by place, by words, by choice. */
export const BENCH_QUERIES: readonly DirectoryQuery[] = [
  {},
  { topic: 'anxiety', age: 14 },
  { near: 'LS1', within: 10, openNow: true },
  { text: 'counselling' },
  { text: 'young carers' },
  { text: 'worry school' },
  { choice: { talkOrType: 'type', place: 'remote', when: 'now', anonymous: true } },
  { near: 'M1', within: 15, choice: { talkOrType: 'talk', place: 'in-person', when: 'can-wait' } },
  { audience: 'parents', topic: 'parenting' },
  { free: true, selfReferral: true, age: 17 },
  { thrive: 'Getting Risk Support', openNow: true },
  { modes: ['text', 'online'] },
  { near: 'B1', within: 5, modes: ['drop-in'] },
  { near: 'BS1', within: 20, topic: 'self-harm', age: 16 },
  { openNow: true },
  { text: 'lgbt' },
  { near: 'NE1', within: 25, age: 8, topic: 'family', choice: { place: 'in-person' } },
  { text: 'cafe' },
  { near: 'SW1A' },
  { topic: 'grief', choice: { when: 'now', talkOrType: 'talk' } },
]

let districts: Districts | undefined

/** Where a query's `near` is, from the app's districts table (read from disk in Node). */
export function originFor(root: string, query: DirectoryQuery): Place | undefined {
  if (!query.near) return undefined
  districts ??= parseDistricts(
    JSON.parse(
      readFileSync(
        path.join(root, 'src/features/directory/places/postcode-districts.json'),
        'utf8',
      ),
    ),
  )
  return placeOfOutcode(districts, query.near)
}

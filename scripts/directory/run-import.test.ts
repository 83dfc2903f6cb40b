import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DELIVERY_MODES, THRIVE_GROUPINGS } from '../../src/features/directory/service-model.ts'
import { countOutcomes } from './report.ts'
import { runImport } from './run-import.ts'
import {
  contractProblems,
  DEMO_FILE,
  demoServices,
  EXAMPLE_FILE,
  service,
  tempRoot,
} from './test-support.ts'
import type { AtomicFs } from './write-bundle.ts'

let temp: ReturnType<typeof tempRoot>
beforeEach(() => {
  temp = tempRoot()
})
afterEach(() => temp.cleanUp())

const fixedNow = () => new Date('2026-11-24T12:00:00Z')
const run = (source: string, extra: Partial<Parameters<typeof runImport>[0]> = {}) =>
  runImport({ source, area: 'demo', root: temp.root, now: fixedNow, ...extra })
const bundleFile = () => path.join(temp.root, 'areas/demo/directory.json')
const lines = (r: { records: { repairs: string[]; warnings: string[]; reason?: string }[] }) =>
  r.records.flatMap((x) => [...x.repairs, ...x.warnings, ...(x.reason ? [x.reason] : [])])

describe('the shared ORUK 3.0 example', () => {
  it('reports latitude 100, drops the location and keeps the service', async () => {
    const result = await run(EXAMPLE_FILE)
    expect(result.ok).toBe(true)
    const [record] = result.records
    expect(record?.outcome).toBe('repaired')
    expect(record?.repairs).toContain(
      'location 3a19ff88-4620-4d17-9830-ac1d859eb5d5 latitude 100 is impossible — location dropped',
    )
    const [kept] = result.bundle?.services ?? []
    expect(kept?.name).toBe('Community Counselling')
    expect(kept?.locations).toEqual([])
    expect(JSON.stringify(result.bundle)).not.toMatch(/"latitude":100|"longitude":101/)
    expect(kept?.thrive).toEqual(['Getting Advice'])
    expect(record?.repairs).toContain('no THRIVE grouping — set to Getting Advice')
    expect(record?.warnings.join('\n')).toMatch(/topic codes with no mapping/)
    expect(kept?.opening[0]).toMatchObject({
      opensAt: '10:00',
      closesAt: '18:00',
      byDay: ['TH', 'FR'],
    })
  })
})

describe('the demo area', () => {
  it('imports all 57 services clean, with every mode and THRIVE grouping', async () => {
    const result = await run(DEMO_FILE)
    const services = result.bundle?.services ?? []
    expect(countOutcomes(result.records)).toEqual({
      read: 57,
      imported: 57,
      repaired: 0,
      rejected: 0,
      warnings: 0,
    })
    expect(services).toHaveLength(57)
    for (const mode of DELIVERY_MODES)
      expect(
        services.some((s) => s.modes.includes(mode)),
        mode,
      ).toBe(true)
    for (const grouping of THRIVE_GROUPINGS) {
      expect(
        services.some((s) => s.thrive.includes(grouping)),
        grouping,
      ).toBe(true)
    }
    expect(services.filter((s) => s.thrive.length === 0 || s.topics.length === 0)).toEqual([])
    expect(services.flatMap(contractProblems)).toEqual([])
    expect(services.filter((s) => s.sample)).toHaveLength(34)
  })

  it('maps the demo-local codes through the area table', async () => {
    const result = await run(DEMO_FILE)
    const source = demoServices().find((s) => JSON.stringify(s).includes('"MH-CRI"'))
    const mapped = result.bundle?.services.find((s) => s.id === source?.id)
    expect(mapped?.topics).toEqual(expect.arrayContaining(['suicidal-thoughts', 'getting-help']))
  })

  it('sorts by name, and a second import of the same data changes nothing', async () => {
    const first = await run(DEMO_FILE)
    const names = first.bundle?.services.map((s) => s.name) ?? []
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })),
    )
    const before = readFileSync(bundleFile(), 'utf8')
    const modified = statSync(bundleFile()).mtimeMs
    const second = await run(DEMO_FILE, { now: () => new Date('2027-01-01T00:00:00Z') })
    expect(second.output?.written).toBe(false)
    expect(readFileSync(bundleFile(), 'utf8')).toBe(before)
    expect(statSync(bundleFile()).mtimeMs).toBe(modified)
  })

  it('writes compact JSON without empty optional fields', async () => {
    await run(DEMO_FILE)
    const text = readFileSync(bundleFile(), 'utf8')
    expect(text.split('\n')).toHaveLength(2)
    expect(text).not.toMatch(/:null|:""|"byMonthDay":\[\]|"description":""/)
    expect(JSON.parse(text)).toMatchObject({
      format: 'harbour-directory/1',
      area: 'demo',
      source: expect.any(String),
    })
  })
})

describe('sources that give nothing usable', () => {
  it('fails with one clear line on broken JSON, and writes nothing', async () => {
    const result = await run(temp.write('broken.json', '{"contents": [ {"id": '))
    expect(result.ok).toBe(false)
    expect(result.error).toMatch(/^broken.json is not valid JSON: /)
    expect(result.error).not.toContain('\n')
    expect(() => statSync(bundleFile())).toThrow()
  })

  it('fails on an empty list, an unreadable file and a non-ORUK object', async () => {
    expect((await run(temp.write('empty.json', []))).error).toMatch(
      /Nothing imported from empty.json: it holds no services/,
    )
    expect((await run(path.join(temp.root, 'missing.json'))).error).toBe(
      'Could not read missing.json: there is no such file',
    )
    expect((await run(temp.write('odd.json', { hello: 1 }))).error).toMatch(
      /is not an Open Referral services response/,
    )
    expect((await run(temp.write('every-bad.json', [{ id: 'x' }]))).error).toMatch(
      /every service was rejected/,
    )
  })

  it('fails on a bad area id, a missing area folder, or a broken topic mapping', async () => {
    expect((await run(DEMO_FILE, { area: '../x' })).error).toMatch(/not a valid area id/)
    expect((await run(DEMO_FILE, { area: 'nowhere' })).error).toMatch(
      /no area folder areas\/nowhere/,
    )
    temp.write('areas/demo/topic-mapping.json', { 'demo-local': { 'MH-ANX': ['anxity'] } })
    expect((await run(DEMO_FILE)).error).toBe(
      'areas/demo/topic-mapping.json: demo-local.MH-ANX.0: "anxity" is not one of Harbour\'s topics',
    )
  })
})

describe('other shapes and hard cases', () => {
  it('reads a single service object', async () => {
    const result = await run(temp.write('one.json', service({ name: 'Just one' })))
    expect(result.bundle?.services.map((s) => s.name)).toEqual(['Just one'])
  })

  it('reads an ORUK 1.x page', async () => {
    const page = {
      totalElements: 1,
      totalPages: 1,
      number: 0,
      first: true,
      last: true,
      content: [
        {
          id: 1234,
          name: 'Old style youth club',
          organization: {
            id: 'org-1',
            name: 'Old org',
            description: 'x',
            url: 'https://old.example.org',
          },
          attending_type: 'venue',
          attending_access: 'drop-in',
          eligibilitys: [{ id: 'e1', eligibility: 'teen', minimum_age: 13, maximum_age: 19 }],
          regular_schedules: [
            { id: 's1', weekday: 'Friday', opens_at: '19:00', closes_at: '22:00' },
          ],
          service_taxonomys: [
            { id: 'st1', taxonomy: { id: 'MH-ANX', name: 'Anxiety', vocabulary: 'demo-local' } },
          ],
          contacts: [{ id: 'c1', name: 'Desk', phones: [{ id: 'p1', number: '0117 496 0999' }] }],
          languages: [{ id: 'l1', language: 'cy' }],
          service_at_locations: [
            {
              id: 'sal1',
              location: {
                id: 'loc1',
                name: 'Youth centre',
                latitude: 51.45,
                longitude: -2.58,
                physical_addresses: [
                  {
                    id: 'a1',
                    address_1: '1 Example Street',
                    city: 'Bristol',
                    postal_code: 'bs1 4dj',
                  },
                ],
              },
            },
          ],
        },
      ],
    }
    const result = await run(temp.write('v1.json', page))
    const [club] = result.bundle?.services ?? []
    expect(club).toMatchObject({
      id: '1234',
      organisation: 'Old org',
      modes: ['phone', 'face-to-face', 'drop-in'],
      ages: { min: 13, max: 19 },
      topics: ['anxiety'],
      selfReferral: true,
      languages: ['Welsh'],
      phones: [{ number: '0117 496 0999', kind: 'voice' }],
      opening: [{ freq: 'WEEKLY', byDay: ['FR'], opensAt: '19:00', closesAt: '22:00' }],
      locations: [
        { id: 'loc1', address: '1 Example Street, Bristol BS1 4DJ', postcode: 'BS1 4DJ' },
      ],
    })
    // Only the missing THRIVE grouping needed a repair: nothing else about 1.x is an error.
    expect(result.records[0]?.repairs).toEqual(['no THRIVE grouping — set to Getting Advice'])
  })

  it('reports a duplicated id and drops the second service', async () => {
    const first = service({ name: 'First' })
    const result = await run(temp.write('dupes.json', [first, { ...first, name: 'Second' }]))
    expect(result.bundle?.services.map((s) => s.name)).toEqual(['First'])
    expect(result.records[1]).toMatchObject({
      outcome: 'rejected',
      reason: 'has the same id as an earlier service ("First") — this one dropped',
    })
  })

  it('strips spaces and HTML from text fields', async () => {
    const result = await run(
      temp.write('html.json', [
        service({
          name: '  <b>Talk</b>  space ',
          description: '<p>Free &amp; <em>confidential</em>.</p><p>Open to all.</p>',
          eligibility_description: '   Young people aged 11 to 18   ',
        }),
      ]),
    )
    expect(result.bundle?.services[0]).toMatchObject({
      name: 'Talk space',
      description: 'Free & confidential.\nOpen to all.',
      eligibility: 'Young people aged 11 to 18',
    })
  })

  it('accounts for every record: imported, repaired or rejected', async () => {
    const records = [
      service(),
      service({ minimum_age: 18, maximum_age: 11 }),
      service({ name: '' }),
      42,
    ]
    const result = await run(temp.write('mixed.json', records))
    expect(countOutcomes(result.records)).toMatchObject({
      read: 4,
      imported: 1,
      repaired: 1,
      rejected: 2,
    })
    expect(lines(result)).toContain('age range reversed (18 to 11) — swapped')
    expect(result.bundle?.services).toHaveLength(2)
  })
})

describe('writing the bundle', () => {
  it('leaves the old bundle in place when the disk is full', async () => {
    await run(DEMO_FILE)
    const before = readFileSync(bundleFile(), 'utf8')
    const fullDisk: AtomicFs = {
      writeFlushed: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
      rename: () => Promise.reject(new Error('rename must not be reached')),
      remove: () => Promise.resolve(),
    }
    const result = await run(temp.write('one.json', service()), { fs: fullDisk })
    expect(result.ok).toBe(false)
    expect(result.error).toBe(
      'Could not write areas/demo/directory.json: the disk is full. The old bundle is unchanged.',
    )
    expect(readFileSync(bundleFile(), 'utf8')).toBe(before)
  })
})

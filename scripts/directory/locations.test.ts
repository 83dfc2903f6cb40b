import { describe, expect, it } from 'vitest'
import { normalisePostcode, readLocation } from './locations.ts'
import { newLog } from './report.ts'

function read(location: Record<string, unknown>) {
  const log = newLog()
  const reading = readLocation({ id: 'L1', location_type: 'physical', ...location }, 1, 'svc', log)
  return { ...reading, ...log }
}

const bristol = { latitude: 51.4545, longitude: -2.5879 }

describe('coordinates', () => {
  it('keeps a believable UK point, rounded to about a metre', () => {
    expect(read({ latitude: 51.45451234567, longitude: -2.58791234567 }).location).toMatchObject({
      latitude: 51.454512,
      longitude: -2.587912,
    })
  })

  it('drops a location with an impossible latitude or longitude', () => {
    const impossible = read({ latitude: 100, longitude: 101 })
    expect(impossible.location).toBeUndefined()
    expect(impossible.repairs).toEqual([
      'location L1 latitude 100 is impossible — location dropped',
    ])
    expect(read({ latitude: 51, longitude: -200 }).repairs).toEqual([
      'location L1 longitude -200 is impossible — location dropped',
    ])
    expect(read({ latitude: 'north', longitude: 1 }).repairs[0]).toMatch(
      /latitude is "north", not a number/,
    )
  })

  it('drops a location with no point, or the 0, 0 of a blank field', () => {
    expect(read({}).repairs).toEqual(['location L1 has no coordinates — location dropped'])
    expect(read({ latitude: 0, longitude: 0 }).location).toBeUndefined()
  })

  it('swaps latitude and longitude written the wrong way round', () => {
    const { location, repairs } = read({ latitude: -2.5879, longitude: 51.4545 })
    expect(location).toMatchObject(bristol)
    expect(repairs).toEqual([
      'location L1 latitude -2.5879 and longitude 51.4545 look swapped — swapped',
    ])
  })

  it('flags a point outside the UK but keeps it', () => {
    const { location, warnings } = read({ latitude: 48.8566, longitude: 2.3522 })
    expect(location).toBeDefined()
    expect(warnings).toEqual(['location L1 at 48.8566, 2.3522 is not in the UK — kept, check it'])
  })

  it('reads coordinates sent as strings', () => {
    expect(read({ latitude: '51.4545', longitude: '-2.5879' }).location).toMatchObject(bristol)
  })
})

describe('addresses and kinds of location', () => {
  it('builds a one-line address with a tidy postcode', () => {
    const { location } = read({
      ...bristol,
      name: ' Sample House ',
      addresses: [
        { address_1: 'PO Box 1', city: 'Bristol', postal_code: 'BS99 1AA', address_type: 'postal' },
        {
          address_1: 'Sample House, 1 Example Street',
          city: 'Bristol',
          postal_code: 'bs1  4dj',
          address_type: 'physical',
        },
      ],
      accessibility: [
        { description: 'Step-free' },
        { accessibility: 'Step-free' },
        { description: 'Hearing loop' },
      ],
    })
    expect(location).toEqual({
      id: 'L1',
      name: 'Sample House',
      address: 'Sample House, 1 Example Street, Bristol BS1 4DJ',
      postcode: 'BS1 4DJ',
      ...bristol,
      accessibility: ['Step-free', 'Hearing loop'],
    })
  })

  it('leaves out a postcode that is not a UK one, with a warning', () => {
    const { location, warnings } = read({
      ...bristol,
      addresses: [{ address_1: '1 Main St', postal_code: 'ABC 1234' }],
    })
    expect(location?.postcode).toBeUndefined()
    expect(location?.address).toBe('1 Main St')
    expect(warnings).toEqual(['location L1 postcode "ABC 1234" is not a UK postcode — left out'])
  })

  it('normalises postcodes, full or outward code only', () => {
    expect(['sw1a1aa', ' BS1 ', 'ba1 1', 'nonsense'].map(normalisePostcode)).toEqual([
      'SW1A 1AA',
      'BS1',
      undefined,
      undefined,
    ])
  })

  it('gives virtual locations as links, and fills in a missing type or id', () => {
    expect(read({ location_type: 'virtual', url: 'https://example.org/chat' })).toEqual({
      type: 'virtual',
      url: 'https://example.org/chat',
      repairs: [],
      warnings: [],
    })
    expect(read({ location_type: 'virtual', url: 'javascript:alert(1)' }).repairs[0]).toMatch(
      /not a web address — left out/,
    )
    const guessed = read({ location_type: undefined, id: undefined, ...bristol })
    expect(guessed.location?.id).toBe('svc-location-1')
    expect(guessed.repairs).toEqual([
      'location #1 has no location_type — read as physical',
      'location #1 has no id — given the id svc-location-1',
    ])
  })
})

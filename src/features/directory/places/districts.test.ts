import { describe, expect, it } from 'vitest'
import {
  countryOfOutcode,
  loadDistricts,
  nearestOutcode,
  parseDistricts,
  placeOfOutcode,
  POSTCODE_ATTRIBUTION,
} from './districts.ts'

const districts = await loadDistricts()

describe('the postcode districts table', () => {
  it('holds every district in the source, with the attribution it must show', () => {
    expect(districts.byOutcode.size).toBe(2880)
    expect(districts.attribution).toBe(POSTCODE_ATTRIBUTION)
    expect(POSTCODE_ATTRIBUTION).toContain('Contains OS data © Crown copyright')
  })

  it('loads once', async () => {
    expect(await loadDistricts()).toBe(districts)
  })

  it('refuses a table that is not in the expected shape', () => {
    expect(() => parseDistricts({ attribution: 'x', districts: { BS1: [100, 0] } })).toThrow()
  })
})

describe('placeOfOutcode', () => {
  it('finds the centre of a district, from a district or a full postcode', () => {
    expect(placeOfOutcode(districts, 'BS1')).toEqual({ latitude: 51.453, longitude: -2.594 })
    expect(placeOfOutcode(districts, 'bs1 4dj')).toEqual(placeOfOutcode(districts, 'BS1'))
  })

  it('knows nothing of districts not in the table, or of junk', () => {
    expect(placeOfOutcode(districts, 'BT7')).toBeUndefined()
    expect(placeOfOutcode(districts, 'ZZ99')).toBeUndefined()
    expect(placeOfOutcode(districts, 'nowhere')).toBeUndefined()
  })
})

describe('nearestOutcode', () => {
  it('rounds a position to its district', () => {
    // Bristol Cathedral, the Clifton Suspension Bridge and Piccadilly Gardens in Manchester.
    expect(nearestOutcode(districts, { latitude: 51.4519, longitude: -2.6011 })).toBe('BS1')
    expect(nearestOutcode(districts, { latitude: 51.4549, longitude: -2.6278 })).toBe('BS8')
    expect(nearestOutcode(districts, { latitude: 53.4809, longitude: -2.2374 })).toBe('M1')
  })

  it('never rounds to a PO box district such as BS99', () => {
    const bs99 = placeOfOutcode(districts, 'BS99')
    expect(bs99).toBeDefined()
    expect(bs99 && nearestOutcode(districts, bs99)).toMatch(/^BS[0-9]$/)
    expect(placeOfOutcode(districts, 'BS99')).toBeDefined()
  })

  it('gives back a district for its own centre', () => {
    for (const outcode of ['SW1A', 'M1', 'CF10', 'TR21', 'ZE1']) {
      const place = placeOfOutcode(districts, outcode)
      expect(place && nearestOutcode(districts, place)).toBe(outcode)
    }
  })
})

describe('countryOfOutcode', () => {
  it('says which nation a district is in', () => {
    expect(countryOfOutcode(districts, 'BS1')).toBe('England')
    expect(countryOfOutcode(districts, 'EH1')).toBe('Scotland')
    expect(countryOfOutcode(districts, 'CF10')).toBe('Wales')
    expect(countryOfOutcode(districts, 'BT7')).toBe('Northern Ireland')
  })

  it('does not guess for unknown districts', () => {
    expect(countryOfOutcode(districts, 'ZZ99')).toBeUndefined()
    expect(countryOfOutcode(districts, 'junk')).toBeUndefined()
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { POSTCODE_ATTRIBUTION } from '../../src/features/directory/places/districts.ts'
import { buildPostcodeDistricts, formatTable, INPUT, OUTPUT } from './build-postcode-districts.ts'

const HEADER = 'outcode,latitude,longitude,postcode_units,country,main_admin_district_gss'

describe('buildPostcodeDistricts', () => {
  it('rounds to 3 decimal places and shortens the country to a letter', () => {
    const csv = [
      HEADER,
      'AB10,57.13523,-2.12003,681,Scotland,S12000033',
      'BS1,51.45329,-2.59361,1055,England,E06000023',
      'CF10,51.47395,-3.17474,900,Wales,W06000015',
    ].join('\n')
    expect(buildPostcodeDistricts(csv)).toEqual({
      table: {
        attribution: POSTCODE_ATTRIBUTION,
        districts: {
          AB10: [57.135, -2.12, 'S'],
          BS1: [51.453, -2.594, 'E'],
          CF10: [51.474, -3.175, 'W'],
        },
      },
      problems: [],
    })
  })

  it('reports bad rows with their line and reason, and leaves them out', () => {
    const csv = [
      HEADER,
      'BS1,51.45329,-2.59361,1055,England,E06000023',
      'bs2,51.46,-2.58,1,England,E06000023',
      'XX1,100,-2.5,1,England,E06000023',
      'XX2,51.5,101,1,England,E06000023',
      'XX3,,-2.5,1,England,E06000023',
      'XX4,51.5,-2.5,1,Narnia,E06000023',
      'BT1,54.6,-5.93,1,Northern Ireland,N09000003',
      'BS1,51.5,-2.5,1,England,E06000023',
      '',
    ].join('\r\n')
    const { table, problems } = buildPostcodeDistricts(csv)
    expect(Object.keys(table.districts)).toEqual(['BS1'])
    expect(table.districts['BS1']).toEqual([51.453, -2.594, 'E'])
    expect(problems).toEqual([
      'line 3: bs2 "bs2" is not a postcode district',
      'line 4: XX1 latitude 100 is not in Great Britain',
      'line 5: XX2 longitude 101 is not in Great Britain',
      'line 6: XX3 latitude "" is not a number',
      'line 7: XX4 country "Narnia" is not England, Scotland or Wales',
      'line 8: BT1 country "Northern Ireland" is not England, Scotland or Wales',
      'line 9: BS1 appears twice; the first is kept',
    ])
  })

  it('stops when the columns are not the expected ones', () => {
    expect(() => buildPostcodeDistricts('postcode,lat,lng\nBS1,51,-2')).toThrow(/columns/)
  })

  it('wrote the committed table from the source data, with nothing left out', async () => {
    const { table, problems } = buildPostcodeDistricts(readFileSync(INPUT, 'utf8'))
    expect(problems).toEqual([])
    expect(Object.keys(table.districts)).toHaveLength(2880)
    expect(readFileSync(OUTPUT, 'utf8')).toBe(await formatTable(table))
  })
})

/**
 * Writes src/features/directory/places/postcode-districts.json, the table of Great Britain's
 * postcode districts the app uses to search near a place, offline.
 *
 *   npx tsx scripts/directory/build-postcode-districts.ts [csv-file]
 *
 * It reads scripts/directory/data/outcode-centroids.csv (OS Code-Point Open 2014.3) unless
 * told another file. Rows that fail a check are reported and left out, never repaired.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { POSTCODE_ATTRIBUTION } from '../../src/features/directory/places/districts.ts'
import { normaliseOutcode } from '../../src/features/directory/places/postcode.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const INPUT = path.join(root, 'scripts/directory/data/outcode-centroids.csv')
export const OUTPUT = path.join(root, 'src/features/directory/places/postcode-districts.json')

const HEADER = ['outcode', 'latitude', 'longitude', 'postcode_units', 'country']
const LETTERS: Record<string, 'E' | 'S' | 'W'> = { England: 'E', Scotland: 'S', Wales: 'W' }

// Great Britain, with a margin: Scilly to Shetland, and Ireland's coast to Lowestoft.
const LATITUDE = { min: 49.8, max: 60.9 }
const LONGITUDE = { min: -8.7, max: 1.8 }

export type DistrictRow = [latitude: number, longitude: number, country: 'E' | 'S' | 'W']

export interface DistrictsTable {
  attribution: string
  districts: Record<string, DistrictRow>
}

export interface BuildResult {
  table: DistrictsTable
  /** "line 12: AB1X latitude 100 is not in Great Britain", one per bad row. */
  problems: string[]
}

/** 3 decimal places is about 100 m: far finer than a district, and a third of the bytes. */
const round3 = (value: number) => Math.round(value * 1000) / 1000

function readRow(cells: string[]): DistrictRow | string {
  const [outcode = '', lat = '', lon = '', , country = ''] = cells
  if (normaliseOutcode(outcode) !== outcode) return `"${outcode}" is not a postcode district`
  const latitude = Number(lat)
  const longitude = Number(lon)
  if (lat.trim() === '' || !Number.isFinite(latitude)) return `latitude "${lat}" is not a number`
  if (lon.trim() === '' || !Number.isFinite(longitude)) return `longitude "${lon}" is not a number`
  if (latitude < LATITUDE.min || latitude > LATITUDE.max) {
    return `latitude ${latitude} is not in Great Britain`
  }
  if (longitude < LONGITUDE.min || longitude > LONGITUDE.max) {
    return `longitude ${longitude} is not in Great Britain`
  }
  const letter = LETTERS[country]
  if (letter === undefined) return `country "${country}" is not England, Scotland or Wales`
  return [round3(latitude), round3(longitude), letter]
}

/** The table from the CSV's text, with every row that could not be used reported. */
export function buildPostcodeDistricts(csv: string): BuildResult {
  const lines = csv.split(/\r?\n/)
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim())
  if (HEADER.some((name, index) => header[index] !== name)) {
    throw new Error(`The CSV's columns should start ${HEADER.join(',')}; found ${lines[0] ?? ''}`)
  }
  const rows = new Map<string, DistrictRow>()
  const problems: string[] = []
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return
    const cells = line.split(',').map((cell) => cell.trim())
    const label = `line ${index + 2}: ${cells[0] ?? ''}`
    const row = readRow(cells)
    if (typeof row === 'string') problems.push(`${label} ${row}`)
    else if (rows.has(cells[0] ?? '')) problems.push(`${label} appears twice; the first is kept`)
    else rows.set(cells[0] ?? '', row)
  })
  const districts: Record<string, DistrictRow> = {}
  for (const outcode of [...rows.keys()].sort())
    districts[outcode] = rows.get(outcode) as DistrictRow
  return { table: { attribution: POSTCODE_ATTRIBUTION, districts }, problems }
}

/** As the repository's Prettier settings would write it, so `prettier --check` stays clean. */
export async function formatTable(table: DistrictsTable): Promise<string> {
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {}
  return prettier.format(JSON.stringify(table), { ...options, parser: 'json' })
}

async function main(): Promise<void> {
  const input = process.argv[2] ? path.resolve(process.argv[2]) : INPUT
  const { table, problems } = buildPostcodeDistricts(readFileSync(input, 'utf8'))
  for (const problem of problems) console.warn(problem)
  const count = Object.keys(table.districts).length
  if (count === 0) {
    console.error(`No usable districts in ${input}; nothing written`)
    process.exitCode = 1
    return
  }
  const text = await formatTable(table)
  writeFileSync(OUTPUT, text)
  console.log(
    `Wrote ${path.relative(root, OUTPUT)}: ${count} districts, ${problems.length} rows left out, ${text.length} bytes`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}

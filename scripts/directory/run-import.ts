import { existsSync } from 'node:fs'
import path from 'node:path'
import type {
  DirectoryBundle,
  DirectoryService,
} from '../../src/features/directory/service-model.ts'
import { DEFAULT_FETCH, type FetchOptions } from './fetch-pages.ts'
import { loadSource } from './load-source.ts'
import { readService } from './read-service.ts'
import type { RecordOutcome } from './report.ts'
import { loadTopicMapping } from './topic-mapping.ts'
import {
  readExisting,
  sameContent,
  serialiseBundle,
  writeAtomically,
  type AtomicFs,
} from './write-bundle.ts'

export interface ImportOptions {
  /** A file path or an http(s) URL. */
  source: string
  area: string
  /** The repository root: areas/<area>/ lives under it. */
  root: string
  /** Write here instead of areas/<area>/directory.json (a trial run). */
  out?: string
  fetch?: Partial<FetchOptions>
  now?: () => Date
  fs?: AtomicFs
}

export interface ImportResult {
  ok: boolean
  /** One line for a person, when nothing usable was read or the bundle could not be written. */
  error?: string
  notes: string[]
  records: RecordOutcome[]
  bundle?: DirectoryBundle
  output?: { label: string; bytes: number; written: boolean }
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })

/** By name as a person reads it; the id breaks ties, so the order never depends on input order. */
export function byName(a: DirectoryService, b: DirectoryService): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function relative(root: string, file: string): string {
  const rel = path.relative(root, file)
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/')
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { root, area } = options
  const failed = (error: string, rest: Partial<ImportResult> = {}): ImportResult => ({
    ok: false,
    error,
    notes: [],
    records: [],
    ...rest,
  })
  if (!/^[a-z0-9-]+$/.test(area)) {
    return failed(`Area "${area}" is not a valid area id (lower-case letters, digits and dashes)`)
  }
  const areaDir = path.join(root, 'areas', area)
  if (options.out === undefined && !existsSync(areaDir)) {
    return failed(`There is no area folder ${relative(root, areaDir)}; create the area pack first`)
  }
  const outFile =
    options.out === undefined ? path.join(areaDir, 'directory.json') : path.resolve(options.out)
  const outLabel = relative(root, outFile)

  const mappingFile = path.join(areaDir, 'topic-mapping.json')
  const mapping = await loadTopicMapping(mappingFile, relative(root, mappingFile))
  if (!mapping.ok) return failed(mapping.message)
  const loaded = await loadSource(options.source, root, { ...DEFAULT_FETCH, ...options.fetch })
  if (!loaded.ok) return failed(loaded.message)
  const notes = [...(mapping.note ? [mapping.note] : []), ...loaded.notes]

  const records: RecordOutcome[] = []
  const byId = new Map<string, DirectoryService>()
  for (const { raw, position, format } of loaded.records) {
    const reading = readService(raw, position, mapping.mapping, format)
    const service = reading.service
    const earlier = service === undefined ? undefined : byId.get(service.id)
    if (service !== undefined && earlier !== undefined) {
      records.push({
        label: reading.outcome.label,
        outcome: 'rejected',
        reason: `has the same id as an earlier service ("${earlier.name}") — this one dropped`,
        repairs: [],
        warnings: [],
      })
      continue
    }
    if (service !== undefined) byId.set(service.id, service)
    records.push(reading.outcome)
  }
  if (byId.size === 0) {
    const why = records.length === 0 ? 'it holds no services' : 'every service was rejected'
    return failed(`Nothing imported from ${loaded.label}: ${why}. Nothing written.`, {
      notes,
      records,
    })
  }

  const bundle: DirectoryBundle = {
    format: 'harbour-directory/1',
    area,
    generatedAt: (options.now ?? (() => new Date()))().toISOString(),
    source: loaded.label,
    services: [...byId.values()].sort(byName),
  }
  const text = serialiseBundle(bundle)
  const bytes = Buffer.byteLength(text)
  const existing = await readExisting(outFile)
  if (sameContent(existing, bundle)) {
    const kept = JSON.parse(existing ?? '{}') as DirectoryBundle
    const size = Buffer.byteLength(existing ?? '')
    return {
      ok: true,
      notes,
      records,
      bundle: kept,
      output: { label: outLabel, bytes: size, written: false },
    }
  }
  const written = await writeAtomically(outFile, text, outLabel, options.fs)
  if (!written.ok) return failed(written.message, { notes, records, bundle })
  return { ok: true, notes, records, bundle, output: { label: outLabel, bytes, written: true } }
}

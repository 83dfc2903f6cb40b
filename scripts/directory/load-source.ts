import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readEnvelope, type Page } from './envelope.ts'
import { displayUrl, fetchAllPages, type FetchOptions } from './fetch-pages.ts'
import type { SourceFormat } from './read-service.ts'

/** One record as read, before any checking, with where it came from for the report. */
export interface SourceRecord {
  raw: unknown
  position: number
  format?: SourceFormat
}

export type Loaded =
  | { ok: true; records: SourceRecord[]; notes: string[]; label: string }
  | { ok: false; message: string }

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source)
}

/** How the bundle names its source: a repo-relative path, or the URL without credentials. */
export function sourceLabel(source: string, root: string): string {
  if (isUrl(source)) {
    try {
      const url = new URL(source)
      url.searchParams.delete('page')
      return displayUrl(url)
    } catch {
      return source
    }
  }
  const full = path.resolve(source)
  const relative = path.relative(root, full)
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? full
    : relative.split(path.sep).join('/')
}

function flatten(pages: readonly Page[]): SourceRecord[] {
  let position = 0
  return pages.flatMap((page) =>
    page.records.map((raw) => ({ raw, position: ++position, format: page.format })),
  )
}

async function loadFile(file: string, label: string): Promise<Loaded> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (error as Error).message
    return { ok: false, message: `Could not read ${label}: ${why}` }
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, message: `${label} is not valid JSON: ${(error as Error).message}` }
  }
  const envelope = readEnvelope(data)
  if (!envelope.ok) return { ok: false, message: `${label} ${envelope.message}` }
  const { page } = envelope
  const notes: string[] = []
  if (page.totalPages !== undefined && page.totalPages > 1) {
    notes.push(
      `${label} is one page of ${page.totalPages}; only its services were read ` +
        '(give the URL to read every page)',
    )
  }
  return { ok: true, records: flatten([page]), notes, label }
}

export async function loadSource(
  source: string,
  root: string,
  fetchOptions: FetchOptions,
): Promise<Loaded> {
  const label = sourceLabel(source, root)
  if (!isUrl(source)) return loadFile(path.resolve(source), label)
  let url: URL
  try {
    url = new URL(source)
  } catch {
    return { ok: false, message: `${source} is not a valid web address` }
  }
  const fetched = await fetchAllPages(url, fetchOptions)
  if (!fetched.ok) return { ok: false, message: `Could not read ${label}: ${fetched.message}` }
  const notes = fetched.pages.length > 1 ? [`read ${fetched.pages.length} pages from ${label}`] : []
  return { ok: true, records: flatten(fetched.pages), notes, label }
}

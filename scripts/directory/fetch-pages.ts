import { readEnvelope, type Page } from './envelope.ts'

/**
 * Reads every page of an ORUK `/services` URL. Paging follows `?page=N`, where N is the page
 * number the server reported plus one: that works whether pages count from 1 (ORUK 3.0) or from
 * 0 (some 1.x servers). Any failure fails the whole read: a directory missing its later pages
 * would silently lose services, so the old bundle is better kept.
 */
export interface FetchOptions {
  /** Per request, including the body. */
  timeoutMs: number
  /** A bound, so a server that never says "last page" cannot keep us reading forever. */
  maxPages: number
  maxBytes: number
}

export const DEFAULT_FETCH: FetchOptions = {
  timeoutMs: 30_000,
  maxPages: 500,
  maxBytes: 200 * 1024 * 1024,
}

export type FetchResult = { ok: true; pages: Page[] } | { ok: false; message: string }

// Query parameters that may carry a secret (api_key, token, signature…).
const SECRET_PARAM = /key|token|secret|pass|auth|sig|credential/i

/**
 * The URL as it may be shown in a report or written into the bundle, which every phone
 * downloads: never with a user name, password or anything that looks like an API key.
 */
export function displayUrl(url: URL): string {
  const shown = new URL(url)
  shown.username = ''
  shown.password = ''
  for (const name of [...shown.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) shown.searchParams.set(name, 'hidden')
  }
  return shown.href
}

async function readBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function getJson(
  url: URL,
  options: FetchOptions,
): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  const shown = displayUrl(url)
  const target = new URL(url)
  const headers: Record<string, string> = { accept: 'application/json' }
  // fetch refuses URLs with credentials in them; send them the standard way instead.
  if (target.username !== '' || target.password !== '') {
    const pair = `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`
    target.username = ''
    target.password = ''
  }
  try {
    const response = await fetch(target, {
      headers,
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    if (!response.ok) {
      await response.body?.cancel()
      return {
        ok: false,
        message: `${shown} answered HTTP ${response.status} ${response.statusText}`.trim(),
      }
    }
    const text = await readBody(response, options.maxBytes)
    if (text === undefined) {
      return { ok: false, message: `${shown} sent more than ${options.maxBytes} bytes` }
    }
    try {
      return { ok: true, data: JSON.parse(text) }
    } catch (error) {
      return {
        ok: false,
        message: `${shown} did not send valid JSON (${(error as Error).message})`,
      }
    }
  } catch (error) {
    const { name, message, cause } = error as Error & { cause?: { code?: string } }
    if (name === 'TimeoutError' || name === 'AbortError') {
      return {
        ok: false,
        message: `${shown} did not answer within ${options.timeoutMs / 1000} seconds`,
      }
    }
    return { ok: false, message: `${shown} could not be reached (${cause?.code ?? message})` }
  }
}

export async function fetchAllPages(start: URL, options: FetchOptions): Promise<FetchResult> {
  const pages: Page[] = []
  let url = new URL(start)
  let requested = Number(url.searchParams.get('page') ?? 1)
  let previous = ''
  for (;;) {
    const got = await getJson(url, options)
    const where = pages.length === 0 ? '' : ` (page ${pages.length + 1})`
    if (!got.ok) return { ok: false, message: `${got.message}${where}` }
    const envelope = readEnvelope(got.data)
    if (!envelope.ok) return { ok: false, message: `${displayUrl(url)} ${envelope.message}` }
    const page = envelope.page
    // A server that ignores ?page sends page 1 again and again: stop rather than loop.
    const signature = JSON.stringify(page.records)
    if (pages.length > 0 && signature === previous) {
      return {
        ok: false,
        message: `${displayUrl(url)} sent the same services as the page before; it may not support ?page=`,
      }
    }
    previous = signature
    pages.push(page)
    const total = page.totalPages
    const done =
      page.kind !== 'page' ||
      page.records.length === 0 ||
      page.last === true ||
      (total !== undefined && pages.length >= total) ||
      (total === undefined && page.last === undefined)
    if (done) return { ok: true, pages }
    if (pages.length >= options.maxPages) {
      return {
        ok: false,
        message: `${displayUrl(start)} has more than ${options.maxPages} pages; raise --max-pages to read them all`,
      }
    }
    requested = (page.number ?? requested) + 1
    url = new URL(url)
    url.searchParams.set('page', String(requested))
  }
}

import * as v from 'valibot'
import { show } from './field-schemas.ts'
import { isRecord, parseLeniently } from './lenient-parse.ts'
import type { SourceFormat } from './read-service.ts'

/**
 * The shapes an ORUK source comes in:
 * - a 3.0 page: `contents`, `total_items`, `total_pages`, `page_number`, `last_page`, …
 * - a 1.x page: `content` (or `contents`), `totalElements`, `totalPages`, `number`, `last`, …
 * - a plain list of services, or a single service object.
 */
export interface Page {
  kind: 'page' | 'list' | 'single'
  records: unknown[]
  /** Known from the envelope, so records need not be told apart one by one. */
  format?: SourceFormat
  number?: number
  totalPages?: number
  last?: boolean
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0))

const Page3Schema = v.object({
  contents: v.array(v.unknown()),
  total_pages: v.optional(Count),
  page_number: v.optional(Count),
  last_page: v.optional(v.boolean()),
})

const Page1Schema = v.object({
  content: v.optional(v.array(v.unknown())),
  contents: v.optional(v.array(v.unknown())),
  totalPages: v.optional(Count),
  number: v.optional(Count),
  last: v.optional(v.boolean()),
})

const V1_PAGE_KEYS = ['totalElements', 'totalPages', 'number', 'last', 'first']

export type EnvelopeResult = { ok: true; page: Page } | { ok: false; message: string }

export function readEnvelope(data: unknown): EnvelopeResult {
  if (Array.isArray(data)) return { ok: true, page: { kind: 'list', records: data } }
  if (!isRecord(data)) {
    return { ok: false, message: `holds ${show(data)}, not Open Referral services` }
  }
  const isV1Page =
    Array.isArray(data.content) ||
    (Array.isArray(data.contents) && V1_PAGE_KEYS.some((key) => Object.hasOwn(data, key)))
  if (isV1Page) {
    // Paging fields that fail their schema are only dropped: the records still count.
    const page = parseLeniently(Page1Schema, data)
    if (page.ok) {
      const { content, contents, totalPages, number, last } = page.value
      const records = content ?? contents ?? []
      return { ok: true, page: { kind: 'page', format: '1.x', records, totalPages, number, last } }
    }
  }
  if (Array.isArray(data.contents)) {
    const page = parseLeniently(Page3Schema, data)
    if (page.ok) {
      const { contents, total_pages, page_number, last_page } = page.value
      return {
        ok: true,
        page: {
          kind: 'page',
          format: '3.0',
          records: contents,
          totalPages: total_pages,
          number: page_number,
          last: last_page,
        },
      }
    }
  }
  if (Object.hasOwn(data, 'id') || Object.hasOwn(data, 'name')) {
    return { ok: true, page: { kind: 'single', records: [data] } }
  }
  return {
    ok: false,
    message:
      'is not an Open Referral services response: expected a page (contents or content), ' +
      'a list of services, or one service',
  }
}

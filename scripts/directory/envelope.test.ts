import { describe, expect, it } from 'vitest'
import { readEnvelope } from './envelope.ts'

describe('readEnvelope', () => {
  it('reads an ORUK 3.0 page', () => {
    expect(
      readEnvelope({
        total_items: 3,
        total_pages: 2,
        page_number: 1,
        last_page: false,
        contents: [{ id: 'a' }],
      }),
    ).toEqual({
      ok: true,
      page: {
        kind: 'page',
        format: '3.0',
        records: [{ id: 'a' }],
        totalPages: 2,
        number: 1,
        last: false,
      },
    })
  })

  it('reads a 1.x page, with content or contents', () => {
    const page = { totalElements: 1, totalPages: 1, number: 0, first: true, last: true }
    expect(readEnvelope({ ...page, content: [1] })).toMatchObject({
      ok: true,
      page: { format: '1.x', records: [1] },
    })
    expect(readEnvelope({ ...page, contents: [1] })).toMatchObject({
      ok: true,
      page: { format: '1.x', last: true },
    })
  })

  it('keeps the records when paging fields are wrong', () => {
    expect(readEnvelope({ total_pages: 'two', contents: [1] })).toMatchObject({
      ok: true,
      page: { records: [1], totalPages: undefined },
    })
  })

  it('reads a list or a single service, and refuses anything else', () => {
    expect(readEnvelope([])).toEqual({ ok: true, page: { kind: 'list', records: [] } })
    expect(readEnvelope({ id: 'a', name: 'A' })).toMatchObject({
      ok: true,
      page: { kind: 'single' },
    })
    expect(readEnvelope('services')).toEqual({
      ok: false,
      message: 'holds "services", not Open Referral services',
    })
    expect(readEnvelope({ data: [] })).toMatchObject({ ok: false })
  })
})

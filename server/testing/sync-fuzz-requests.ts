import fc from 'fast-check'
import type { InjectOptions } from 'fastify'
import { bodyLimits, syncSettings } from '../sync/settings.ts'
import { fakeOp, type TestDevice } from './sync-client.ts'

/**
 * Malformed requests for every sync endpoint, for the fuzz test: each starts as a valid request
 * from the given device and gets one defect (bad JSON, wrong types, a body over the limit, bad or
 * missing auth, an unknown field, bad base64url, a wrong content type, a path-traversal-like
 * account id, a bad query, a wrong method), so the server must refuse every one of them.
 */

/**
 * Smaller size limits than the defaults, so the fuzzer's bodies "over the limit" are kilobytes
 * rather than tens of megabytes; fuzz.test.ts also sends bodies over the default limits.
 */
export const FUZZ_LIMITS = { maxOpBytes: 4096, maxAccountBytes: 256 * 1024 }

type Endpoint = 'putAccount' | 'deleteAccount' | 'push' | 'pull' | 'putSnapshot' | 'getSnapshot'
const ENDPOINTS: Endpoint[] = [
  'putAccount',
  'deleteAccount',
  'push',
  'pull',
  'putSnapshot',
  'getSnapshot',
]
const WITH_BODY = new Set<Endpoint>(['putAccount', 'deleteAccount', 'push', 'putSnapshot'])

export interface FuzzRequest {
  method: NonNullable<InjectOptions['method']>
  accountSegment: string
  suffix: string
  query: string
  headers: Record<string, string>
  body?: string
}

function validRequest(endpoint: Endpoint, device: TestDevice): FuzzRequest {
  const json = { 'content-type': 'application/json', ...device.headers }
  const op = fakeOp()
  const base = { accountSegment: device.accountId, query: '' }
  switch (endpoint) {
    case 'putAccount':
      return { ...base, method: 'PUT', suffix: '', headers: json, body: '{}' }
    case 'deleteAccount':
      return { ...base, method: 'DELETE', suffix: '', headers: json, body: '{}' }
    case 'push':
      return {
        ...base,
        method: 'POST',
        suffix: '/ops',
        headers: json,
        body: JSON.stringify({ ops: [op] }),
      }
    case 'pull':
      return { ...base, method: 'GET', suffix: '/ops', query: '?after=0', headers: device.headers }
    case 'putSnapshot':
      return {
        ...base,
        method: 'PUT',
        suffix: '/snapshot',
        headers: json,
        body: JSON.stringify({ uptoSeq: 0, iv: op.iv, ct: op.ct }),
      }
    case 'getSnapshot':
      return { ...base, method: 'GET', suffix: '/snapshot', headers: device.headers }
  }
}

const NASTY_IDS = [
  '..',
  '.',
  '%2e%2e',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fsecret',
  '..%5c..%5cwindows',
  '%00',
  'A'.repeat(42) + '%00',
  'A'.repeat(44),
  'A'.repeat(43).slice(0, 42) + '=',
  'A'.repeat(42) + 'B',
  '%C3%A9'.repeat(20),
  'A'.repeat(500),
  '%252e%252e',
  '*',
  '~',
  '%20',
]

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonx',
  'text/json',
  'application/octet-stream',
  'image/png',
  ';;;',
]

const notJson = fc.string({ maxLength: 200 }).filter((text) => {
  try {
    JSON.parse(text)
    return false
  } catch {
    return true
  }
})

/** Text that is never canonical base64url of the right size. */
const badBase64 = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }).map((text) => `${text}+/=`),
  fc.constantFrom('', '====', 'AAAA=', 'a b', '\u0000', 'AB', 'A'.repeat(15), 'é'.repeat(16)),
  fc.integer({ min: 0, max: 40 }).map((size) => Buffer.alloc(size).toString('base64')),
)

const wrongJsonValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, [[]], { a: {} }),
  fc.jsonValue({ maxDepth: 3 }),
)

type Defect = (
  request: FuzzRequest,
  endpoint: Endpoint,
  stranger: TestDevice,
) => fc.Arbitrary<FuzzRequest>

const withBody = (request: FuzzRequest, body: unknown) => ({
  ...request,
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

/** Each defect turns a valid request into one the server must refuse. */
const DEFECTS: Record<string, Defect> = {
  badJson: (request, endpoint) =>
    WITH_BODY.has(endpoint)
      ? fc.oneof(
          notJson.map((body) => withBody(request, body)),
          fc
            .integer({ min: 1, max: Math.max(1, (request.body?.length ?? 2) - 1) })
            .map((cut) => withBody(request, (request.body ?? '{}').slice(0, cut)))
            .filter((candidate) => !isJson(candidate.body)),
        )
      : DEFECTS.badQuery!(request, endpoint, fakeDevice),

  wrongType: (request, endpoint) => {
    if (!WITH_BODY.has(endpoint)) return DEFECTS.badQuery!(request, endpoint, fakeDevice)
    const body = JSON.parse(request.body ?? '{}') as Record<string, unknown>
    const keys = Object.keys(body)
    if (keys.length === 0) {
      return wrongJsonValue
        .filter((value) => !(isPlainObject(value) && Object.keys(value).length === 0))
        .map((value) => withBody(request, value))
    }
    return fc
      .record({ key: fc.constantFrom(...keys), value: wrongJsonValue })
      .filter(({ key, value }) => typeof value !== typeof body[key] || Array.isArray(value))
      .map(({ key, value }) => {
        if (key === 'ops') {
          const op = (body.ops as Array<Record<string, unknown>>)[0]!
          return withBody(request, { ops: [{ ...op, ct: value }, value] })
        }
        return withBody(request, { ...body, [key]: value })
      })
  },

  huge: (request, endpoint) => {
    if (!WITH_BODY.has(endpoint)) {
      return fc.constant({ ...request, query: `?after=${'9'.repeat(5000)}` })
    }
    const limits = bodyLimits(syncSettings(FUZZ_LIMITS))
    const limit =
      endpoint === 'push' ? limits.ops : endpoint === 'putSnapshot' ? limits.snapshot : limits.small
    return fc
      .constantFrom(limit + 1, limit * 2)
      .map((size) => withBody(request, `{"ops":"${'A'.repeat(size)}"}`))
  },

  badAuth: (request, _endpoint, stranger) =>
    fc
      .oneof(
        fc.constant(undefined),
        fc.constant(stranger.headers.authorization),
        fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'bearer', 'Token abc'),
        fc.string({ maxLength: 80 }).map((text) => `Bearer ${text}`),
        fc.string({ maxLength: 80 }),
        fc.constant(`Bearer ${'A'.repeat(43)}`),
        fc.constant(`${request.headers.authorization}x`),
      )
      .filter((header) => header !== request.headers.authorization)
      .map((authorization) => {
        const headers = { ...request.headers }
        delete headers.authorization
        if (authorization !== undefined) {
          headers.authorization = authorization.replace(/[^\x20-\x7e]/g, '')
        }
        return { ...request, headers }
      }),

  unknownField: (request, endpoint) => {
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((key) => key !== '__proto__')
    if (!WITH_BODY.has(endpoint)) {
      return name
        .filter((key) => key !== 'after' && key !== 'limit')
        .map((key) => ({
          ...request,
          query: `${request.query ? `${request.query}&` : '?'}${encodeURIComponent(key)}=1`,
        }))
    }
    const body = JSON.parse(request.body ?? '{}') as Record<string, unknown>
    return fc.record({ key: name, value: fc.jsonValue({ maxDepth: 2 }) }).map(({ key, value }) => {
      if (endpoint === 'push' && key.length % 2 === 0) {
        const op = (body.ops as Array<Record<string, unknown>>)[0]!
        if (!(key in op)) return withBody(request, { ops: [{ ...op, [key]: value }] })
      }
      return key in body
        ? withBody(request, { ...body, [`${key}_x`]: value })
        : withBody(request, { ...body, [key]: value })
    })
  },

  badBase64: (request, endpoint) => {
    if (endpoint !== 'push' && endpoint !== 'putSnapshot') {
      return DEFECTS.badId!(request, endpoint, fakeDevice)
    }
    const body = JSON.parse(request.body ?? '{}') as Record<string, unknown>
    const field = fc.constantFrom('id', 'iv', 'ct')
    return fc
      .record({ field, value: badBase64 })
      .filter(({ field: name, value }) => !isValidField(name, value))
      .map(({ field, value }) => {
        if (endpoint === 'push') {
          const op = (body.ops as Array<Record<string, unknown>>)[0]!
          return withBody(request, { ops: [{ ...op, [field]: value }] })
        }
        return withBody(request, { ...body, [field === 'id' ? 'ct' : field]: value })
      })
  },

  contentType: (request, endpoint) =>
    WITH_BODY.has(endpoint)
      ? fc.constantFrom(...WRONG_CONTENT_TYPES).map((type) => ({
          ...request,
          headers: { ...request.headers, 'content-type': type },
        }))
      : DEFECTS.badAuth!(request, endpoint, fakeDevice),

  badId: (request) =>
    fc
      .oneof(
        fc.constantFrom(...NASTY_IDS),
        fc.string({ minLength: 1, maxLength: 60 }).map(encodeURIComponent),
      )
      .filter((id) => id !== request.accountSegment)
      .map((accountSegment) => ({ ...request, accountSegment })),

  badQuery: (request, endpoint) => {
    const value = fc.oneof(
      fc.constantFrom('-1', '1.5', '1e3', '', 'abc', '0x10', '99999999999999999', ' 1', '%00'),
      fc.string({ maxLength: 20 }).map(encodeURIComponent),
    )
    if (endpoint !== 'pull') {
      return value.map((v) => ({ ...request, query: `?after=${v}` }))
    }
    return fc
      .record({ key: fc.constantFrom('after', 'limit'), value })
      .filter(({ key, value: v }) => !isGoodNumber(key, v))
      .map(({ key, value: v }) => ({ ...request, query: `?${key}=${v}` }))
  },

  badMethod: (request) =>
    fc.constantFrom('PATCH', 'OPTIONS', 'POST', 'TRACE').map((method) => ({
      ...request,
      method: method as FuzzRequest['method'],
      suffix: method === 'POST' ? `${request.suffix}/extra` : request.suffix || '/nothing',
    })),
}

const fakeDevice: TestDevice = {
  accountId: 'A'.repeat(43),
  token: 'A'.repeat(43),
  encKey: undefined as never,
  headers: { authorization: `Bearer ${'B'.repeat(43)}` },
}

function isJson(text: string | undefined): boolean {
  try {
    JSON.parse(text ?? '')
    return true
  } catch {
    return false
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True for an op id or nonce that the server would accept (a ciphertext this short never is). */
function isValidField(field: string, value: string): boolean {
  if (field === 'id') return /^[A-Za-z0-9_-]{16,64}$/.test(value)
  if (field === 'iv') return /^[A-Za-z0-9_-]{16}$/.test(value)
  return false
}

function isGoodNumber(key: string, value: string): boolean {
  if (!/^\d{1,16}$/.test(value)) return false
  const number = Number(value)
  return key === 'after' ? number <= Number.MAX_SAFE_INTEGER : number >= 1 && number <= 200
}

export function malformedRequest(
  device: TestDevice,
  stranger: TestDevice,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      endpoint: fc.constantFrom(...ENDPOINTS),
      defect: fc.constantFrom(...Object.keys(DEFECTS)),
    })
    .chain(({ endpoint, defect }) => {
      return DEFECTS[defect]!(validRequest(endpoint, device), endpoint, stranger)
    })
}

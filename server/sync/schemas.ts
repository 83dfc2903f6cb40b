import * as v from 'valibot'
import { ApiError } from './api-error.ts'
import { base64urlLength, isCanonicalBase64url } from './base64url.ts'
import { IV_BYTES, KEY_BYTES } from './settings.ts'

// Every message names what is wrong without echoing what was sent: values can be large, and are
// never worth repeating back or into a log.

const base64url = (what: string) =>
  v.pipe(
    v.string(`must be ${what} as base64url text`),
    v.check(isCanonicalBase64url, `must be ${what} as base64url text, without padding`),
  )

const fixedBase64url = (bytes: number, what: string) => {
  const message = `must be ${what} (${bytes} bytes) as ${base64urlLength(bytes)} characters of base64url`
  return v.pipe(
    v.string(message),
    v.length(base64urlLength(bytes), message),
    v.check(isCanonicalBase64url, message),
  )
}

const isPlainObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** valibot's strictObject, but an array is not taken for an object. */
function jsonObject<const TEntries extends v.ObjectEntries>(entries: TEntries, message: string) {
  return v.pipe(v.custom<object>(isPlainObject, message), v.strictObject(entries, message))
}

export const accountIdSchema = fixedBase64url(KEY_BYTES, 'an account id')

export const accountParamsSchema = jsonObject(
  { accountId: accountIdSchema },
  'must name one account',
)

const BEARER = new RegExp(`^Bearer [A-Za-z0-9_-]{${base64urlLength(KEY_BYTES)}}$`, 'i')

/**
 * The request headers this API reads: `Authorization: Bearer <token>`, the token being 32 bytes
 * of canonical base64url. Other headers are HTTP's business and pass through.
 */
export const authHeadersSchema = v.object({
  authorization: v.pipe(
    v.string(),
    v.regex(BEARER),
    v.transform((header) => header.slice('Bearer '.length)),
    v.check(isCanonicalBase64url),
  ),
})

/** The token from the headers, or null when the header is missing or malformed. */
export function bearerToken(headers: unknown): string | null {
  const result = v.safeParse(authHeadersSchema, headers, { abortEarly: true })
  return result.success ? result.output.authorization : null
}

const wholeNumber = (min: number, max: number) => {
  const message = `must be given once, as a whole number from ${min} to ${max}`
  return v.pipe(
    v.string(message),
    v.regex(/^\d{1,16}$/, message),
    v.transform(Number),
    v.number(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  )
}

export const noQuerySchema = jsonObject({}, 'must be empty')

export const readOpsQuerySchema = (maxPageOps: number, defaultPageOps: number) =>
  jsonObject(
    {
      after: v.optional(wholeNumber(0, Number.MAX_SAFE_INTEGER), '0'),
      limit: v.optional(wholeNumber(1, maxPageOps), String(defaultPageOps)),
    },
    'may hold only after and limit',
  )

/** PUT and DELETE on an account take an empty JSON object, or no body at all. */
export const emptyBodySchema = v.optional(jsonObject({}, 'must be an empty JSON object: {}'))

const opSchema = jsonObject(
  {
    id: v.pipe(
      v.string('must be an op id: 16 to 64 letters, digits, "-" or "_"'),
      v.regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be an op id: 16 to 64 letters, digits, "-" or "_"'),
    ),
    iv: fixedBase64url(IV_BYTES, 'an AES-GCM nonce'),
    ct: base64url('ciphertext'),
  },
  'must be an object with the fields id, iv and ct',
)

export const pushBodySchema = jsonObject(
  {
    ops: v.pipe(
      v.array(opSchema, 'must be a list of ops'),
      v.minLength(1, 'must hold at least one op'),
    ),
  },
  'must be a JSON object with the one field ops',
)

export const snapshotBodySchema = jsonObject(
  {
    uptoSeq: v.pipe(
      v.number('must be a whole number, the last sequence number the snapshot includes'),
      v.safeInteger('must be a whole number, the last sequence number the snapshot includes'),
      v.minValue(0, 'must be a whole number, the last sequence number the snapshot includes'),
    ),
    iv: fixedBase64url(IV_BYTES, 'an AES-GCM nonce'),
    ct: base64url('ciphertext'),
  },
  'must be a JSON object with the fields uptoSeq, iv and ct',
)

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,31}$/

/** Where an issue is, from keys the schema itself names (never a key the request made up). */
function describePath(path: readonly v.IssuePathItem[]): string {
  let where = ''
  for (const item of path) {
    const key: unknown = item.key
    if (typeof key === 'number') where += `[${key}]`
    else if (typeof key === 'string' && SAFE_KEY.test(key)) where += where ? `.${key}` : key
    else where += where ? '.(a field)' : '(a field)'
  }
  return where
}

export type RequestPart = 'path' | 'query' | 'body'

function describeWhere(part: RequestPart, where: string): string {
  if (!where) return `The ${part}`
  if (part === 'body') return `The field ${where}`
  if (part === 'query') return `The query parameter ${where}`
  return `The ${where} in the path`
}

/**
 * One plain sentence for the first thing wrong. A field the call does not take is not named:
 * its name came from the request and could be anything (a confused client's plaintext).
 */
export function describeIssue(issue: v.BaseIssue<unknown>, part: RequestPart): string {
  const path = issue.path ?? []
  const last = path.at(-1)
  if (last?.origin === 'key' && issue.expected === 'never') {
    const owner = describeWhere(part, describePath(path.slice(0, -1)))
    const extra = part === 'query' ? 'a parameter' : 'a field'
    return `${owner} has ${extra} this call does not accept: it ${issue.message}`
  }
  const name = describeWhere(part, describePath(path))
  if (last?.origin === 'key' && issue.input === undefined) return `${name} is missing`
  return `${name} ${issue.message}`
}

/** The parsed value, or a 400 naming the first thing wrong in this part of the request. */
export function parseOr400<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  part: RequestPart,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input, { abortEarly: true })
  if (result.success) return result.output
  const [issue] = result.issues
  throw new ApiError(400, describeIssue(issue, part))
}

/* eslint-disable lingui/no-unlocalized-strings -- HTTP header names and errors for the log; people see the sync problem words */
import * as v from 'valibot'
import type { SealedBlob } from './op-sealing.ts'

/*
 * Harbour's sync API (/api/v1, ADR 0006) as the device calls it. Answers are checked before use:
 * a confused or hostile server must not be able to make the device apply nonsense.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export interface SyncTransport {
  /** The server's origin ('' for the page's own). */
  baseUrl: string
  fetch: FetchLike
}

/** The network is down, or the request never got an answer. */
export class SyncOfflineError extends Error {
  override readonly name = 'SyncOfflineError'
}

/** The server answered with an error status. */
export class SyncHttpError extends Error {
  override readonly name = 'SyncHttpError'
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(typeof body['error'] === 'string' ? body['error'] : `The server answered ${status}`)
  }
}

/** The server answered 2xx with something that is not what the API promises. */
export class SyncAnswerError extends Error {
  override readonly name = 'SyncAnswerError'
}

const seq = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
const serverTime = v.pipe(v.number(), v.finite())
const blobFields = { iv: v.string(), ct: v.string() }

const PushAnswer = v.object({
  acks: v.array(v.object({ id: v.string(), seq })),
  serverTime,
})
const PullAnswer = v.object({
  ops: v.array(v.object({ id: v.string(), seq, ...blobFields })),
  hasMore: v.boolean(),
  serverTime,
})
const SnapshotAnswer = v.object({ uptoSeq: seq, ...blobFields, serverTime })
const TimeAnswer = v.object({ serverTime })

export type PulledOp = v.InferOutput<typeof PullAnswer>['ops'][number]
export type PushAnswer = v.InferOutput<typeof PushAnswer>
export type PullAnswer = v.InferOutput<typeof PullAnswer>
export type SnapshotAnswer = v.InferOutput<typeof SnapshotAnswer>

export interface SyncApi {
  createAccount(): Promise<'created' | 'exists'>
  push(ops: ({ id: string } & SealedBlob)[]): Promise<PushAnswer>
  pull(after: number, limit: number): Promise<PullAnswer>
  putSnapshot(uptoSeq: number, blob: SealedBlob): Promise<void>
  getSnapshot(): Promise<SnapshotAnswer | undefined>
  deleteAccount(): Promise<void>
}

export function syncApi(
  credentials: { accountId: string; authToken: string },
  transport: SyncTransport,
): SyncApi {
  const base = `${transport.baseUrl}/api/v1/accounts/${credentials.accountId}`

  async function call(method: string, path: string, body?: unknown) {
    let response: Response
    try {
      response = await transport.fetch(base + path, {
        method,
        headers: {
          authorization: `Bearer ${credentials.authToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        cache: 'no-store',
        credentials: 'omit',
      })
    } catch (error) {
      throw new SyncOfflineError('The sync server could not be reached', { cause: error })
    }
    const text = await response.text().catch(() => '')
    let json: unknown = undefined
    if (text.length > 0) {
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
    }
    if (!response.ok) {
      const retry = Number(response.headers.get('retry-after'))
      throw new SyncHttpError(
        response.status,
        typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {},
        Number.isFinite(retry) && retry > 0 ? retry : undefined,
      )
    }
    return { status: response.status, json }
  }

  function check<T extends v.GenericSchema>(schema: T, json: unknown): v.InferOutput<T> {
    const result = v.safeParse(schema, json)
    if (!result.success)
      throw new SyncAnswerError('The sync server gave an answer Harbour cannot read')
    return result.output
  }

  return {
    async createAccount() {
      const { status, json } = await call('PUT', '', {})
      check(TimeAnswer, json)
      return status === 201 ? 'created' : 'exists'
    },
    async push(ops) {
      return check(PushAnswer, (await call('POST', '/ops', { ops })).json)
    },
    async pull(after, limit) {
      return check(PullAnswer, (await call('GET', `/ops?after=${after}&limit=${limit}`)).json)
    },
    async putSnapshot(uptoSeq, blob) {
      await call('PUT', '/snapshot', { uptoSeq, ...blob })
    },
    async getSnapshot() {
      try {
        return check(SnapshotAnswer, (await call('GET', '/snapshot')).json)
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 404) return undefined
        throw error
      }
    },
    async deleteAccount() {
      await call('DELETE', '')
    },
  }
}

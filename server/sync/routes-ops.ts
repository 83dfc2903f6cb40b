import type { FastifyInstance } from 'fastify'
import type { NewOp } from '../store/store.ts'
import { accountGuard, tokenGuard } from './account-guard.ts'
import { ApiError } from './api-error.ts'
import { unauthorized } from './auth.ts'
import { decodeCiphertext, formatBytes } from './ciphertext.ts'
import type { SyncContext } from './context.ts'
import { noQuerySchema, parseOr400, pushBodySchema, readOpsQuerySchema } from './schemas.ts'
import { bodyLimits, maxOpCiphertext } from './settings.ts'

// The shapes of the two successful answers, so Fastify writes them with a serialiser compiled
// for them (fast-json-stringify) rather than JSON.stringify: these are the busiest routes.
const ackedSchema = {
  type: 'object',
  properties: {
    acks: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, seq: { type: 'integer' } },
        required: ['id', 'seq'],
      },
    },
    serverTime: { type: 'number' },
  },
  required: ['acks', 'serverTime'],
} as const

const pageSchema = {
  type: 'object',
  properties: {
    ops: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          seq: { type: 'integer' },
          iv: { type: 'string' },
          ct: { type: 'string' },
        },
        required: ['id', 'seq', 'iv', 'ct'],
      },
    },
    hasMore: { type: 'boolean' },
    serverTime: { type: 'number' },
  },
  required: ['ops', 'hasMore', 'serverTime'],
} as const

/** POST …/ops (push a batch) and GET …/ops?after=&limit= (pull a page). */
export function registerOpRoutes(api: FastifyInstance, context: SyncContext): void {
  const { store, settings } = context
  const { guard, accountOf } = accountGuard(context)
  const reader = tokenGuard(context)
  const querySchema = readOpsQuerySchema(settings.maxPageOps, settings.defaultPageOps)
  const maxCiphertext = maxOpCiphertext(settings)

  api.post(
    '/:accountId/ops',
    {
      onRequest: guard,
      bodyLimit: bodyLimits(settings).ops,
      schema: { response: { 200: ackedSchema } },
    },
    async (request) => {
      const { accountId } = accountOf(request)
      parseOr400(noQuerySchema, request.query, 'query')
      const count = countOps(request.body)
      if (count > settings.maxOpsPerRequest) {
        throw new ApiError(
          413,
          `Send at most ${settings.maxOpsPerRequest} ops a request (this one has ${count})`,
        )
      }
      const body = parseOr400(pushBodySchema, request.body, 'body')
      const ops = body.ops.map((op, index): NewOp => {
        const ct = decodeCiphertext(op.ct, `ops[${index}].ct`)
        if (ct.length > maxCiphertext) {
          throw new ApiError(
            413,
            `Each op may be at most ${formatBytes(maxCiphertext)} of ciphertext ` +
              `(${formatBytes(settings.maxOpBytes)} of padded text and the tag); ` +
              `ops[${index}] has ${formatBytes(ct.length)}`,
          )
        }
        return { id: op.id, iv: Buffer.from(op.iv, 'base64url'), ct }
      })

      const result = await store.appendOps(accountId, ops, {
        day: context.today(),
        maxAccountBytes: settings.maxAccountBytes,
      })
      if (result.kind === 'no-account') throw unauthorized()
      if (result.kind === 'full') {
        throw new ApiError(
          413,
          `This account is full: it may hold ${formatBytes(settings.maxAccountBytes)}, holds ` +
            `${formatBytes(result.usedBytes)} and these ops need ${formatBytes(result.incomingBytes)} ` +
            'more. Store a snapshot to fold older changes away.',
        )
      }
      return { acks: result.acks, serverTime: settings.now() }
    },
  )

  api.get(
    '/:accountId/ops',
    { onRequest: reader.guard, schema: { response: { 200: pageSchema } } },
    async (request) => {
      const accountId = reader.accountIdOf(request)
      let query: { after: number; limit: number }
      try {
        query = parseOr400(querySchema, request.query, 'query')
      } catch (error) {
        // A wrong token is still told first, as it is on every other route.
        await reader.authenticate(request)
        throw error
      }
      const { after, limit } = query
      const read = await store.readOpsAndAccount(accountId, after, limit)
      // Nothing read is used, or even looked at, until the token is known to be the account's.
      await reader.confirm(request, read.account)
      const { result } = read
      if (result.kind === 'no-account') throw unauthorized()
      if (result.kind === 'pruned') {
        throw new ApiError(
          410,
          `The changes up to ${result.snapshotUptoSeq} were folded into a snapshot: restore ` +
            `from GET …/snapshot, then read the changes after its uptoSeq`,
          { snapshotUptoSeq: result.snapshotUptoSeq },
        )
      }
      if (result.kind === 'ahead') {
        throw new ApiError(
          409,
          `This account has ${result.lastSeq} changes, fewer than you have read: it was deleted ` +
            'and started again. Send all your data again, then read from 0.',
          { lastSeq: result.lastSeq },
        )
      }
      const last = result.ops.at(-1)?.seq ?? after
      return {
        ops: result.ops.map((op) => ({
          id: op.id,
          seq: op.seq,
          iv: op.iv.toString('base64url'),
          ct: op.ct.toString('base64url'),
        })),
        hasMore: last < result.lastSeq,
        serverTime: settings.now(),
      }
    },
  )
}

/** How many ops a body holds, checked before the (costlier) check of each one. */
function countOps(body: unknown): number {
  if (typeof body !== 'object' || body === null || !('ops' in body)) return 0
  return Array.isArray(body.ops) ? body.ops.length : 0
}

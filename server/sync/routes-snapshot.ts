import type { FastifyInstance } from 'fastify'
import { accountGuard } from './account-guard.ts'
import { ApiError } from './api-error.ts'
import { unauthorized } from './auth.ts'
import { decodeCiphertext, formatBytes } from './ciphertext.ts'
import type { SyncContext } from './context.ts'
import { noQuerySchema, parseOr400, snapshotBodySchema } from './schemas.ts'
import { bodyLimits } from './settings.ts'

/** PUT …/snapshot (store one, pruning the ops it covers) and GET …/snapshot (restore). */
export function registerSnapshotRoutes(api: FastifyInstance, context: SyncContext): void {
  const { store, settings } = context
  const { guard, accountOf } = accountGuard(context)

  api.put(
    '/:accountId/snapshot',
    { onRequest: guard, bodyLimit: bodyLimits(settings).snapshot },
    async (request, reply) => {
      const { accountId } = accountOf(request)
      parseOr400(noQuerySchema, request.query, 'query')
      const body = parseOr400(snapshotBodySchema, request.body, 'body')
      const snapshot = {
        uptoSeq: body.uptoSeq,
        iv: Buffer.from(body.iv, 'base64url'),
        ct: decodeCiphertext(body.ct, 'ct'),
      }
      const result = await store.putSnapshot(accountId, snapshot, {
        maxAccountBytes: settings.maxAccountBytes,
      })
      switch (result.kind) {
        case 'stored':
          return reply.code(204).send()
        case 'no-account':
          throw unauthorized()
        case 'beyond-last':
          throw new ApiError(
            409,
            `uptoSeq is after this account's last change (${result.lastSeq}): a snapshot can ` +
              'only include changes the server has numbered',
            { lastSeq: result.lastSeq },
          )
        case 'older':
          throw new ApiError(
            409,
            `A newer snapshot (up to ${result.snapshotUptoSeq}) is already stored: restore it ` +
              'and apply your changes before storing another',
            { snapshotUptoSeq: result.snapshotUptoSeq },
          )
        case 'full':
          throw new ApiError(
            413,
            `This snapshot does not fit: an account may hold ${formatBytes(settings.maxAccountBytes)}, ` +
              `its other changes take ${formatBytes(result.usedBytes)} and the snapshot ` +
              `${formatBytes(result.incomingBytes)}`,
          )
      }
    },
  )

  api.get('/:accountId/snapshot', { onRequest: guard }, async (request) => {
    const { accountId } = accountOf(request)
    parseOr400(noQuerySchema, request.query, 'query')
    const snapshot = await store.getSnapshot(accountId)
    if (!snapshot) {
      throw new ApiError(404, 'No snapshot has been stored for this account yet: read from 0')
    }
    return {
      uptoSeq: snapshot.uptoSeq,
      iv: snapshot.iv.toString('base64url'),
      ct: snapshot.ct.toString('base64url'),
      serverTime: settings.now(),
    }
  })
}

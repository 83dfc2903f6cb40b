import type { FastifyInstance } from 'fastify'
import { ApiError } from './api-error.ts'
import { hashToken, requireToken, tokenMatches, unauthorized } from './auth.ts'
import { HOUR_MS, type SyncContext } from './context.ts'
import { rateLimitHeaders } from './rate-limiter.ts'
import { accountParamsSchema, emptyBodySchema, noQuerySchema, parseOr400 } from './schemas.ts'
import { bodyLimits } from './settings.ts'

/** PUT (make, or confirm) and DELETE an account. */
export function registerAccountRoutes(api: FastifyInstance, context: SyncContext): void {
  const { store, settings } = context
  const bodyLimit = bodyLimits(settings).small

  api.put('/:accountId', { bodyLimit }, async (request, reply) => {
    const { accountId } = parseOr400(accountParamsSchema, request.params, 'path')
    parseOr400(noQuerySchema, request.query, 'query')
    parseOr400(emptyBodySchema, request.body, 'body')
    const token = requireToken(request)
    const serverTime = settings.now()

    const existing = await store.findAccount(accountId)
    if (existing) {
      if (!tokenMatches(token, existing.tokenHash)) throw unauthorized()
      await store.touchAccount(accountId, context.today())
      return reply.code(200).send({ serverTime })
    }

    const decision = context.newAccountLimiter.take(context.clientKey(request))
    if (!decision.allowed) {
      throw new ApiError(
        429,
        `Too many new sync accounts from this device: at most ${decision.limit} an hour. ` +
          `Try again in ${Math.ceil(decision.resetSeconds / 60)} minutes.`,
        {},
        rateLimitHeaders(decision, HOUR_MS),
      )
    }
    if (await store.createAccount(accountId, hashToken(token), context.today())) {
      return reply.code(201).send({ serverTime })
    }
    // Another request made it a moment ago: the same answer as if it had come first.
    const made = await store.findAccount(accountId)
    if (!made || !tokenMatches(token, made.tokenHash)) throw unauthorized()
    return reply.code(200).send({ serverTime })
  })

  api.delete('/:accountId', { bodyLimit }, async (request, reply) => {
    const { accountId } = parseOr400(accountParamsSchema, request.params, 'path')
    parseOr400(noQuerySchema, request.query, 'query')
    parseOr400(emptyBodySchema, request.body, 'body')
    const token = requireToken(request)

    const existing = await store.findAccount(accountId)
    if (existing) {
      if (!tokenMatches(token, existing.tokenHash)) throw unauthorized()
      await store.deleteAccount(accountId, context.today())
      return reply.code(204).send()
    }
    // Deleting again (a retry after a lost answer) is answered as the first time was, for as
    // long as the deletion record is kept.
    if (!tokenMatches(token, await store.findDeletedAccount(accountId))) throw unauthorized()
    return reply.code(204).send()
  })
}

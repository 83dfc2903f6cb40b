import type { FastifyRequest } from 'fastify'
import type { Account } from '../store/store.ts'
import { authenticate, requireToken } from './auth.ts'
import type { SyncContext } from './context.ts'
import { accountParamsSchema, parseOr400 } from './schemas.ts'

export interface AccountRequest {
  accountId: string
  account: Account
}

/**
 * An onRequest hook for routes on an existing account: checks the token before the body is read,
 * and marks the account used today (at most one write a day). `accountOf` then gives the
 * handler the account the hook found.
 */
export function accountGuard(context: SyncContext) {
  const found = new WeakMap<FastifyRequest, AccountRequest>()

  async function guard(request: FastifyRequest): Promise<void> {
    const { accountId } = parseOr400(accountParamsSchema, request.params, 'path')
    const token = requireToken(request)
    const account = await authenticate(context.store, accountId, token)
    const today = context.today()
    if (account.lastUsedDay < today) await context.store.touchAccount(accountId, today)
    found.set(request, { accountId, account })
  }

  function accountOf(request: FastifyRequest): AccountRequest {
    const entry = found.get(request)
    if (!entry) throw new Error('accountOf() called on a route without the account guard')
    return entry
  }

  return { guard, accountOf }
}

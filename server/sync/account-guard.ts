import type { FastifyRequest } from 'fastify'
import type { Account } from '../store/store.ts'
import { authenticate, checkToken, requireToken } from './auth.ts'
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

/**
 * For a route that reads the account in the same statement as its data (one round trip on
 * PostgreSQL instead of two): the onRequest hook checks only that the path and token are well
 * formed, and `confirm` checks the token against the account the read returned, before the
 * handler uses anything it read. `authenticate` is the plain check, for a request that is
 * refused before it reads (so a wrong token still answers 401 first, as on every route).
 */
export function tokenGuard(context: SyncContext) {
  const { guard: authenticateRequest, accountOf } = accountGuard(context)
  const tokens = new WeakMap<FastifyRequest, { accountId: string; token: string }>()

  async function guard(request: FastifyRequest): Promise<void> {
    const { accountId } = parseOr400(accountParamsSchema, request.params, 'path')
    tokens.set(request, { accountId, token: requireToken(request) })
  }

  function accountIdOf(request: FastifyRequest): string {
    const entry = tokens.get(request)
    if (!entry) throw new Error('accountIdOf() called on a route without the token guard')
    return entry.accountId
  }

  async function confirm(request: FastifyRequest, account: Account | null): Promise<void> {
    const entry = tokens.get(request)
    if (!entry) throw new Error('confirm() called on a route without the token guard')
    const checked = checkToken(entry.token, account)
    const today = context.today()
    if (checked.lastUsedDay < today) await context.store.touchAccount(entry.accountId, today)
  }

  async function authenticate(request: FastifyRequest): Promise<AccountRequest> {
    await authenticateRequest(request)
    return accountOf(request)
  }

  return { guard, accountIdOf, confirm, authenticate }
}

import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Account, Store } from '../store/store.ts'
import { ApiError } from './api-error.ts'
import { bearerToken } from './schemas.ts'

/** What the server keeps of a bearer token: the SHA-256 of its 32 bytes. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(Buffer.from(token, 'base64url')).digest()
}

const NO_HASH = Buffer.alloc(32)

/** Compares in constant time, so the answer's timing says nothing about how close a guess was. */
export function tokenMatches(token: string, storedHash: Buffer | null): boolean {
  const stored = storedHash?.length === 32 ? storedHash : null
  return timingSafeEqual(hashToken(token), stored ?? NO_HASH) && stored !== null
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="harbour-sync"' }

/**
 * The one answer for an unknown account and for a wrong token alike, so neither can be told from
 * the other. (The account id and the token come from the same recovery key, so for a real
 * client this means "no synced data for this key".)
 */
export function unauthorized(): ApiError {
  return new ApiError(
    401,
    'No synced data matches this account and token: check the recovery key',
    {},
    CHALLENGE,
  )
}

/** The bearer token, or a 401 saying how to send one. */
export function requireToken(request: FastifyRequest): string {
  const token = bearerToken(request.headers)
  if (!token) {
    throw new ApiError(
      401,
      'Send the account token as "Authorization: Bearer <token>" (43 characters of base64url)',
      {},
      CHALLENGE,
    )
  }
  return token
}

/** The account, when the token is its own; a 401 otherwise (also when there is no account). */
export function checkToken(token: string, account: Account | null): Account {
  // Compare even when there is no account, so both failures take the same path.
  if (!tokenMatches(token, account?.tokenHash ?? null) || !account) throw unauthorized()
  return account
}

/** The account named in the path, when the token is its own; a 401 otherwise. */
export async function authenticate(
  store: Store,
  accountId: string,
  token: string,
): Promise<Account> {
  return checkToken(token, await store.findAccount(accountId))
}

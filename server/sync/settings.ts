import { base64urlLength } from './base64url.ts'

/** AES-GCM's authentication tag, which every ciphertext carries after the padded text. */
export const TAG_BYTES = 16
/** Clients pad plaintext to steps of this many bytes, so sizes say little about content. */
export const PADDING_STEP = 256
export const IV_BYTES = 12
/** accountId and authToken are both 32 bytes from HKDF, sent as 43 characters of base64url. */
export const KEY_BYTES = 32

/** The documented limits and periods of the sync API (docs/adr/0006-sync-server.md). */
export interface SyncSettings {
  /** Ops in one POST …/ops. */
  maxOpsPerRequest: number
  /** Padded plaintext in one op; its ciphertext may be TAG_BYTES longer. */
  maxOpBytes: number
  /** Ciphertext an account may hold: its live ops plus its snapshot. */
  maxAccountBytes: number
  /** Ops in one page of GET …/ops (`limit`), and the page size when no limit is given. */
  maxPageOps: number
  defaultPageOps: number
  /** Requests to one account in a minute, per server process. */
  accountRequestsPerMinute: number
  /** Accounts one client (address) may make in an hour, per server process. */
  newAccountsPerHour: number
  /** An account unused for this many days is deleted with everything it holds. */
  expiryDays: number
  /** How long a deleted account's record (id and token hash) is kept to answer a repeated DELETE. */
  deletionRecordDays: number
  /** Milliseconds since 1970; tests move it. */
  now: () => number
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  maxOpsPerRequest: 200,
  maxOpBytes: 64 * 1024,
  maxAccountBytes: 25 * 1024 * 1024,
  maxPageOps: 200,
  defaultPageOps: 100,
  accountRequestsPerMinute: 60,
  newAccountsPerHour: 5,
  expiryDays: 400,
  deletionRecordDays: 30,
  now: () => Date.now(),
}

export function syncSettings(given: Partial<SyncSettings> = {}): SyncSettings {
  return { ...DEFAULT_SYNC_SETTINGS, ...given }
}

/** The largest ciphertext an op may carry. */
export const maxOpCiphertext = (settings: SyncSettings) => settings.maxOpBytes + TAG_BYTES

/** Request body limits, from the largest well-formed request of each kind, compact JSON. */
export function bodyLimits(settings: SyncSettings) {
  const perOp = base64urlLength(maxOpCiphertext(settings)) + 200
  return {
    small: 1024,
    ops: settings.maxOpsPerRequest * perOp + 1024,
    snapshot: base64urlLength(settings.maxAccountBytes + TAG_BYTES) + 1024,
  }
}

/** True when a ciphertext's length is padded text in whole steps plus the tag. */
export function isPaddedLength(bytes: number): boolean {
  return bytes >= PADDING_STEP + TAG_BYTES && (bytes - TAG_BYTES) % PADDING_STEP === 0
}

/* eslint-disable lingui/no-unlocalized-strings -- an error for code that checks the length first */
import { decryptJson, encryptJson } from '../../lib/crypto/aes-gcm.ts'
import { fromBase64Url, toBase64Url } from '../../lib/crypto/base64url.ts'
import { DecryptionError } from '../../lib/crypto/decryption-error.ts'
import {
  deriveKeyFromPasscode,
  PASSCODE_ITERATIONS,
  randomSalt,
} from '../../lib/crypto/passcode-key.ts'
import { db } from '../database.ts'
import type { LockRecord } from '../rows.ts'
import { dropKey, forgetKeys, holdKey, keepOnlyKey } from './held-keys.ts'
import { LockChangedElsewhereError } from './lock-changed-error.ts'
import { isDamagedLockRecord, LOCK_RECORD_ID, readLockRecord } from './lock-record.ts'
import { noteLockRecord } from './lock-state.ts'
import { rewriteEveryRow } from './rewrite-every-row.ts'
import { currentRowLock } from './row-lock.ts'

/** The shortest passcode Harbour accepts, in characters. */
export const MIN_PASSCODE_LENGTH = 4

/** Sealed with the key in the lock record, so a passcode can be checked on its own. */
const CHECK_VALUE = 'harbour-passcode-check'
const CHECK_ADDITIONAL_DATA = 'harbour-lock|check'

export interface PasscodeOptions {
  /**
   * PBKDF2 iterations for a new passcode. Only tests pass this, to run quickly; Harbour itself
   * always uses PASSCODE_ITERATIONS. Unlocking uses whatever the lock record says.
   */
  iterations?: number
}

/** Characters as a person counts them: an emoji is one, not two. */
export function passcodeLength(passcode: string): number {
  return [...passcode.normalize('NFC')].length
}

async function makeLock(
  passcode: string,
  options: PasscodeOptions,
): Promise<{ record: LockRecord; key: CryptoKey }> {
  // The page checks what was typed first; reaching here with less is a programming error.
  if (passcodeLength(passcode) < MIN_PASSCODE_LENGTH) throw new RangeError('Passcode too short')
  const salt = randomSalt()
  const iterations = options.iterations ?? PASSCODE_ITERATIONS
  const key = await deriveKeyFromPasscode(passcode, salt, iterations)
  const check = await encryptJson(key, CHECK_VALUE, CHECK_ADDITIONAL_DATA)
  return { record: { id: LOCK_RECORD_ID, salt: toBase64Url(salt), iterations, check }, key }
}

/** The key for this record if the passcode is right; undefined if it is not. */
async function keyIfRight(record: LockRecord, passcode: string): Promise<CryptoKey | undefined> {
  if (isDamagedLockRecord(record)) return undefined
  try {
    const salt = fromBase64Url(record.salt)
    const key = await deriveKeyFromPasscode(passcode, salt, record.iterations)
    const value = await decryptJson(key, record.check, CHECK_ADDITIONAL_DATA)
    return value === CHECK_VALUE ? key : undefined
  } catch (error) {
    // A wrong passcode makes a key that cannot open the check value.
    if (error instanceof DecryptionError || error instanceof RangeError) return undefined
    throw error
  }
}

/**
 * Turns the lock on: makes a key from the passcode (this takes a moment, on purpose), then seals
 * every record in one transaction. If that fails, nothing has changed and the lock stays off.
 */
export async function turnLockOn(passcode: string, options: PasscodeOptions = {}): Promise<void> {
  const from = await currentRowLock(db())
  if (from.sealed) throw new LockChangedElsewhereError()
  const { record, key } = await makeLock(passcode, options)
  // Held before the records are sealed, so this tab never looks locked to itself; it matches
  // nothing until the new lock record is saved.
  holdKey(record.salt, key)
  try {
    await rewriteEveryRow(from, { sealed: true, salt: record.salt, key }, record)
  } catch (error) {
    dropKey(record.salt)
    throw error
  }
  noteLockRecord(record)
}

/** Unlocks this tab. False when the passcode is wrong. */
export async function unlock(passcode: string): Promise<boolean> {
  const record = await readLockRecord(db())
  // Turned off in another tab meanwhile: there is nothing to unlock.
  if (!record) return true
  const key = await keyIfRight(record, passcode)
  if (!key) return false
  holdKey(record.salt, key)
  noteLockRecord(record)
  return true
}

/** True when this is the passcode now; for asking again before a change to the lock itself. */
export async function isCurrentPasscode(passcode: string): Promise<boolean> {
  const record = await readLockRecord(db())
  return record !== undefined && (await keyIfRight(record, passcode)) !== undefined
}

/** "Lock now": this tab forgets the key. Everything stays sealed on the device. */
export function lockNow(): void {
  forgetKeys()
}

/**
 * Turns the lock off: asks for the passcode again (someone who picks up an unlocked phone should
 * not be able to change the lock), then opens every record back to plain in one transaction.
 * False when the passcode is wrong.
 */
export async function turnLockOff(passcode: string): Promise<boolean> {
  const database = db()
  const from = await currentRowLock(database)
  if (!from.sealed) return true
  if (!(await isCurrentPasscode(passcode))) return false
  await rewriteEveryRow(from, { sealed: false }, undefined)
  forgetKeys()
  noteLockRecord(undefined)
  return true
}

/**
 * Changes the passcode: checks the one in use now, makes a new key with a new salt, and seals
 * every record again with it, in one transaction. If that fails, the old passcode still works.
 * False when the current passcode is wrong.
 */
export async function changePasscode(
  currentPasscode: string,
  newPasscode: string,
  options: PasscodeOptions = {},
): Promise<boolean> {
  const from = await currentRowLock(db())
  if (!from.sealed) throw new LockChangedElsewhereError()
  if (!(await isCurrentPasscode(currentPasscode))) return false
  const { record, key } = await makeLock(newPasscode, options)
  holdKey(record.salt, key)
  try {
    await rewriteEveryRow(from, { sealed: true, salt: record.salt, key }, record)
  } catch (error) {
    dropKey(record.salt)
    throw error
  }
  keepOnlyKey(record.salt)
  noteLockRecord(record)
  return true
}

import { db } from '../database.ts'
import type { HarbourDatabase } from '../schema.ts'

/*
 * The lock's key lives only here, in this tab's memory: never stored, gone on reload. Keys are
 * held by the salt they were made with, so a key always goes with the lock record it belongs to:
 * when another tab changes the passcode or turns the lock off, the record's salt changes and the
 * old key simply stops matching. While a passcode is being changed, the old and the new key are
 * both held until the change is saved, so a failed change leaves the old one working.
 */

interface Held {
  database: HarbourDatabase
  keys: Map<string, CryptoKey>
}

let held: Held | undefined
const listeners = new Set<() => void>()

function heldKeys(): Map<string, CryptoKey> | undefined {
  // Each database (each test, each simulated device) has its own keys.
  return held?.database === db() ? held.keys : undefined
}

function changed(): void {
  for (const listener of listeners) listener()
}

/** The key for the lock record with this salt, if this tab holds it. */
export function heldKeyFor(salt: string): CryptoKey | undefined {
  return heldKeys()?.get(salt)
}

export function holdKey(salt: string, key: CryptoKey): void {
  const keys = heldKeys() ?? new Map<string, CryptoKey>()
  keys.set(salt, key)
  held = { database: db(), keys }
  changed()
}

/** Lets go of one key: a new passcode's key, when saving the change failed. */
export function dropKey(salt: string): void {
  if (heldKeys()?.delete(salt)) changed()
}

/** Lets go of every key but the one for `salt`: the old passcode's, once the new one is saved. */
export function keepOnlyKey(salt: string): void {
  const keys = heldKeys()
  if (!keys) return
  for (const other of [...keys.keys()]) if (other !== salt) keys.delete(other)
  changed()
}

/** "Lock now": this tab forgets every key, so everything sealed needs the passcode again. */
export function forgetKeys(): void {
  held = undefined
  changed()
}

export function onHeldKeysChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

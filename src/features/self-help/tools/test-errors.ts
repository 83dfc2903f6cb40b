import Dexie from 'dexie'

/** What Chrome's IndexedDB does on a full disk, as Dexie reports it: an abort with a cause. */
export function quotaExceeded(): Error {
  return new Dexie.AbortError(
    'Transaction aborted',
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  )
}

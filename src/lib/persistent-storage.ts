export type StorageStatus = 'kept' | 'may-be-cleared' | 'unknown'

/** Whether the browser has agreed to keep Harbour's data when space runs low. */
export async function storageStatus(nav: Navigator = navigator): Promise<StorageStatus> {
  if (!nav.storage?.persisted) return 'unknown'
  try {
    return (await nav.storage.persisted()) ? 'kept' : 'may-be-cleared'
  } catch {
    return 'unknown'
  }
}

let asked = false

/**
 * Asks the browser to keep Harbour's data. Called when the person first saves something personal
 * (or asks from Settings), never on first paint: browsers grant it more readily to a site that is
 * being used, and asking before anything is saved would be a prompt with no reason.
 */
export async function askToKeepData(nav: Navigator = navigator): Promise<StorageStatus> {
  if (!nav.storage?.persist) return 'unknown'
  asked = true
  try {
    return (await nav.storage.persist()) ? 'kept' : 'may-be-cleared'
  } catch {
    return 'unknown'
  }
}

/** For saves: asks once per visit, quietly. */
export async function askToKeepDataOnce(nav?: Navigator): Promise<void> {
  // No navigator outside a browser (the sync tests run the record modules on Node).
  nav ??= typeof navigator === 'undefined' ? undefined : navigator
  if (asked || !nav) return
  await askToKeepData(nav)
}

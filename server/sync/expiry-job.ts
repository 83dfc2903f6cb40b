import type { Store } from '../store/store.ts'
import { daysBefore } from './day.ts'
import type { SyncSettings } from './settings.ts'

type ExpirySettings = Pick<SyncSettings, 'expiryDays' | 'deletionRecordDays' | 'now'>

interface JobLog {
  info(details: object, message: string): void
  error(details: object, message: string): void
}

/** How often the server looks for expired accounts: a day's lateness is fine at this scale. */
export const EXPIRY_INTERVAL_MS = 6 * 60 * 60 * 1000

/**
 * Deletes every account not used for `expiryDays` (with all its ops and snapshot), and deletion
 * records older than `deletionRecordDays`. Safe to run from several processes at once.
 */
export function expireUnusedAccounts(store: Store, settings: ExpirySettings) {
  const now = settings.now()
  return store.deleteExpired({
    unusedBefore: daysBefore(now, settings.expiryDays),
    deletedBefore: daysBefore(now, settings.deletionRecordDays),
  })
}

/** Runs the expiry at once and then every `intervalMs`, until stopped. Logs counts only. */
export function startExpiryJob(options: {
  store: Store
  settings: ExpirySettings
  log: JobLog
  intervalMs?: number
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = expireUnusedAccounts(options.store, options.settings).then(
      (removed) => {
        if (removed.accounts > 0 || removed.deletionRecords > 0) {
          options.log.info(removed, 'expired unused sync accounts')
        }
      },
      (error: unknown) => options.log.error({ err: error }, 'expiring sync accounts failed'),
    )
  }
  run()
  const timer = setInterval(run, options.intervalMs ?? EXPIRY_INTERVAL_MS)
  // The job never keeps the process alive on its own.
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}

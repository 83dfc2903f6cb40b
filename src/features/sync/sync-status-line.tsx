import { useLingui } from '@lingui/react'
import { syncStatusWords } from './sync-status-words.ts'
import { useNow } from './use-now.ts'
import { useSyncStatus } from './use-sync-status.ts'
import './sync-status-line.css'

const REFRESH_MS = 30_000

/**
 * One quiet line saying how sync is doing. It stays in the page, so each change is announced;
 * a problem is marked by a border and weight as well as its words, never by colour alone.
 */
export function SyncStatusLine() {
  const status = useSyncStatus()
  const now = useNow(REFRESH_MS)
  const { i18n } = useLingui()
  const { text, tone } = syncStatusWords(status, now, i18n)
  return (
    <p role="status" className={`sync-status sync-status--${tone}`}>
      {text}
    </p>
  )
}

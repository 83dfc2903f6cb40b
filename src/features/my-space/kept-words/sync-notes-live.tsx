import { Plural, Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import { SyncStatusLine } from '../../sync/sync-status-line.tsx'
import { useSyncOn } from '../../sync/use-sync-on.ts'
import { useKeptWords } from './use-kept-words.ts'
import './kept-words.css'

function KeptWordsNote({ count }: { count: number }) {
  return (
    <section className="callout kept-words__hub" aria-labelledby="kept-words-hub">
      <h2 id="kept-words-hub">
        <Trans>Words kept from another device</Trans>
      </h2>
      <p>
        <Plural
          value={count}
          one="One thing you wrote was changed on two devices at once, so Harbour kept both versions."
          other="# things you wrote were changed on two devices at once, so Harbour kept both versions of each."
        />
      </p>
      <p>
        <Link to="/my-space/kept-words">
          <Trans>See the kept words</Trans>
        </Link>
      </p>
    </section>
  )
}

export function SyncNotesLive() {
  const on = useSyncOn()
  const { kept } = useKeptWords()
  const count = Array.isArray(kept) ? kept.length : 0
  return (
    <>
      {on === true && (
        <div className="kept-words__hub">
          <SyncStatusLine />
          <p>
            <Link to="/settings">
              <Trans>Sync settings</Trans>
            </Link>
          </p>
        </div>
      )}
      {count > 0 && <KeptWordsNote count={count} />}
    </>
  )
}

import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { StatusMessage, type Status } from '../my-space/your-data/status-message.tsx'
import { resumeSync } from './engine/sync-runner.ts'
import { JoinForm } from './join-form.tsx'
import { NewKeyView } from './new-key-view.tsx'
import { SyncOffView } from './sync-off-view.tsx'
import { SyncOnView } from './sync-on-view.tsx'
import { useSyncOn } from './use-sync-on.ts'

type Mode =
  | { kind: 'start' }
  | { kind: 'new-key'; recoveryKey: string }
  | { kind: 'join'; keyFromLink?: string; busy: boolean }

type View = 'reading' | 'unreadable' | 'off' | 'new-key' | 'join' | 'on'

const SAVED = msg`Sync is on. To use it on another device, open Harbour there and use your recovery key.`
const JOINED = msg`Sync is on. Your synced things are coming onto this device.`

/**
 * Sync's part of Settings, once the page is live: off, a new key, joining with a key, or on.
 * When an action changes what is shown, focus moves to the new part's heading, so nobody is
 * left on a button that has gone.
 */
export function SyncPanel({ keyFromAddress }: { keyFromAddress?: string }) {
  const { i18n } = useLingui()
  const on = useSyncOn()
  const [mode, setMode] = useState<Mode>(() =>
    keyFromAddress === undefined
      ? { kind: 'start' }
      : { kind: 'join', keyFromLink: keyFromAddress, busy: false },
  )
  const [notice, setNotice] = useState<Status>()
  const viewRef = useRef<HTMLDivElement>(null)
  const focusWhen = useRef<View | undefined>(undefined)

  const view: View =
    mode.kind === 'new-key'
      ? 'new-key'
      : on === undefined
        ? 'reading'
        : on === 'unreadable'
          ? 'unreadable'
          : mode.kind === 'join' && (!on || mode.busy)
            ? 'join'
            : on
              ? 'on'
              : 'off'

  useEffect(() => {
    // Normally started when the app opens; making sure here costs nothing if it already runs.
    if (on === true) resumeSync().catch((error: unknown) => console.error(error))
  }, [on])

  useEffect(() => {
    if (focusWhen.current !== view) return
    focusWhen.current = undefined
    viewRef.current?.querySelector<HTMLElement>('h3')?.focus()
  }, [view])

  function show(next: Mode, target: View, words?: string | MessageDescriptor) {
    focusWhen.current = target
    setMode(next)
    const text = typeof words === 'object' ? i18n._(words) : words
    setNotice(text === undefined ? undefined : { tone: 'done', text })
  }

  return (
    <div ref={viewRef}>
      <StatusMessage status={notice} />
      {view === 'unreadable' && (
        <p>
          <Trans>
            Harbour couldn&rsquo;t read this device&rsquo;s storage just now, so sync can&rsquo;t be
            set up here. Closing Harbour and opening it again may help.
          </Trans>
        </p>
      )}
      {view === 'off' && (
        <SyncOffView
          onTurnedOn={(recoveryKey) => show({ kind: 'new-key', recoveryKey }, 'new-key')}
          onHaveKey={() => show({ kind: 'join', busy: false }, 'join')}
        />
      )}
      {view === 'new-key' && mode.kind === 'new-key' && (
        <NewKeyView
          recoveryKey={mode.recoveryKey}
          onSaved={() => show({ kind: 'start' }, 'on', SAVED)}
        />
      )}
      {view === 'join' && mode.kind === 'join' && (
        <JoinForm
          keyFromLink={mode.keyFromLink}
          onBusy={(busy) => setMode({ ...mode, busy })}
          onJoined={() => show({ kind: 'start' }, 'on', JOINED)}
          onCancel={() => show({ kind: 'start' }, 'off')}
        />
      )}
      {view === 'on' && (
        <>
          {mode.kind === 'join' && mode.keyFromLink !== undefined && (
            <p className="callout">
              <Trans>
                Sync is already on on this device, so the key from the code you scanned wasn&rsquo;t
                needed.
              </Trans>
            </p>
          )}
          <SyncOnView onTurnedOff={(words) => show({ kind: 'start' }, 'off', words)} />
        </>
      )}
    </div>
  )
}

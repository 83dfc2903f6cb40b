import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import { isItemSaved, saveItem, unsaveItem } from '../../db/saved-items.ts'
import { LockedError } from '../../db/lock/locked-error.ts'
import { LockedNote } from './lock/locked-note.tsx'
import { saveProblemMessage } from './lock/save-problem-message.ts'
import { useLockState } from './lock/use-lock-state.ts'
import type { SaveTarget } from './save-to-my-space.tsx'

type State = 'checking' | 'saved' | 'not-saved' | 'locked'

export function SaveToggle({ kind, itemRef, title }: SaveTarget) {
  const lock = useLockState()
  const [state, setState] = useState<State>('checking')
  const [message, setMessage] = useState('')
  const { t, i18n } = useLingui()

  useEffect(() => {
    if (lock === undefined) return
    if (lock === 'locked') {
      setState('locked')
      return
    }
    let live = true
    setState('checking')
    isItemSaved(kind, itemRef).then(
      (saved) => live && setState(saved ? 'saved' : 'not-saved'),
      (error: unknown) => live && setState(error instanceof LockedError ? 'locked' : 'not-saved'),
    )
    return () => {
      live = false
    }
  }, [kind, itemRef, lock])

  if (state === 'locked') {
    return (
      <div className="save-toggle">
        <LockedNote>
          <Trans>My space is locked. Unlock it to save this to My space.</Trans>
        </LockedNote>
      </div>
    )
  }

  const toggle = async () => {
    try {
      if (state === 'saved') {
        await unsaveItem(kind, itemRef)
        setState('not-saved')
        setMessage(t`Removed from My space.`)
      } else {
        await saveItem({ kind, ref: itemRef, title })
        setState('saved')
        setMessage(t`Saved to My space. It stays on this device.`)
      }
    } catch (error) {
      setMessage(
        error instanceof LockedError
          ? saveProblemMessage(error, i18n)
          : t`We couldn’t save this on your device. Your browser may be in private mode or out of space.`,
      )
    }
  }

  return (
    <div className="save-toggle">
      <button
        type="button"
        className="button"
        aria-pressed={state === 'saved'}
        disabled={state === 'checking'}
        onClick={() => void toggle()}
      >
        {state === 'saved' ? t`Saved to My space` : t`Save to My space`}
      </button>
      <p role="status" className="save-toggle__status">
        {message}
      </p>
    </div>
  )
}

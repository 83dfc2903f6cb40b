import { useEffect, useState } from 'react'
import { isItemSaved, saveItem, unsaveItem } from '../../db/saved-items.ts'
import type { SaveTarget } from './save-to-my-space.tsx'

type State = 'checking' | 'saved' | 'not-saved'

export function SaveToggle({ kind, itemRef, title }: SaveTarget) {
  const [state, setState] = useState<State>('checking')
  const [message, setMessage] = useState('')

  useEffect(() => {
    let live = true
    isItemSaved(kind, itemRef).then(
      (saved) => live && setState(saved ? 'saved' : 'not-saved'),
      () => live && setState('not-saved'),
    )
    return () => {
      live = false
    }
  }, [kind, itemRef])

  const toggle = async () => {
    try {
      if (state === 'saved') {
        await unsaveItem(kind, itemRef)
        setState('not-saved')
        setMessage('Removed from My space.')
      } else {
        await saveItem({ kind, ref: itemRef, title })
        setState('saved')
        setMessage('Saved to My space. It stays on this device.')
      }
    } catch {
      setMessage(
        'We couldn’t save this on your device. Your browser may be in private mode or out of space.',
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
        {state === 'saved' ? 'Saved to My space' : 'Save to My space'}
      </button>
      <p role="status" className="save-toggle__status">
        {message}
      </p>
    </div>
  )
}

import { useEffect, useRef, useState } from 'react'
import {
  PRESS_WINDOW_MS,
  ShiftPressCounter,
  type ShiftCounterEvent,
} from './shift-press-counter.ts'

export interface ShortcutState {
  presses: number
  announcement: string
}

function announce(event: ShiftCounterEvent): string {
  switch (event.type) {
    case 'progress':
      return event.remaining === 1
        ? 'Quick exit: press Shift 1 more time to leave this page.'
        : `Quick exit: press Shift ${event.remaining} more times to leave this page.`
    case 'expired':
      return 'Quick exit cancelled.'
    case 'exit':
      return 'Leaving this page.'
    case 'reset':
      return ''
  }
}

/** Listens for Shift pressed three times anywhere on the page and calls `onExit`. */
export function useQuickExitShortcut(onExit: () => void): ShortcutState {
  const counter = useRef(new ShiftPressCounter())
  const [state, setState] = useState<ShortcutState>({ presses: 0, announcement: '' })
  const exitRef = useRef(onExit)
  useEffect(() => {
    exitRef.current = onExit
  }, [onExit])

  useEffect(() => {
    let expiryTimer: number | undefined
    const onKeyDown = (keyEvent: KeyboardEvent) => {
      const event = counter.current.handleKey(keyEvent.key, performance.now(), keyEvent.repeat)
      if (!event) return
      window.clearTimeout(expiryTimer)
      setState({ presses: counter.current.count, announcement: announce(event) })
      if (event.type === 'exit') {
        exitRef.current()
        return
      }
      if (event.type === 'progress') {
        expiryTimer = window.setTimeout(() => {
          const expired = counter.current.expire(performance.now())
          if (expired) setState({ presses: 0, announcement: announce(expired) })
        }, PRESS_WINDOW_MS)
      }
    }
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('keydown', onKeyDown, true)
      window.clearTimeout(expiryTimer)
    }
  }, [])

  return state
}

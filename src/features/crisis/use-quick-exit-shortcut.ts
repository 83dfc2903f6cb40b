import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { useLingui } from '@lingui/react'
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

function announce(event: ShiftCounterEvent, i18n: I18n): string {
  switch (event.type) {
    case 'progress': {
      const remaining = event.remaining
      return i18n._(
        msg`Quick exit: press Shift ${plural(remaining, { one: '# more time', other: '# more times' })} to leave this page.`,
      )
    }
    case 'expired':
      return i18n._(msg`Quick exit cancelled.`)
    case 'exit':
      return i18n._(msg`Leaving this page.`)
    case 'reset':
      return ''
  }
}

/** Listens for Shift pressed three times anywhere on the page and calls `onExit`. */
export function useQuickExitShortcut(onExit: () => void): ShortcutState {
  const counter = useRef(new ShiftPressCounter())
  const [state, setState] = useState<ShortcutState>({ presses: 0, announcement: '' })
  const { i18n } = useLingui()
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
      setState({ presses: counter.current.count, announcement: announce(event, i18n) })
      if (event.type === 'exit') {
        exitRef.current()
        return
      }
      if (event.type === 'progress') {
        expiryTimer = window.setTimeout(() => {
          const expired = counter.current.expire(performance.now())
          if (expired) setState({ presses: 0, announcement: announce(expired, i18n) })
        }, PRESS_WINDOW_MS)
      }
    }
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('keydown', onKeyDown, true)
      window.clearTimeout(expiryTimer)
    }
  }, [i18n])

  return state
}

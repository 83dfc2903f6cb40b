import { liveQuery } from 'dexie'
import { useEffect, useRef, useState } from 'react'

export type LiveRead<T> =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; value: T; key: string }

/**
 * Reads through src/db and reads again whenever the data changes, in this tab or another (like
 * useLiveQuery). It also says when a read failed, and calls `onValue` the moment a value arrives,
 * before React draws it. While a new `key` loads, the last value stays (no flash of "loading").
 */
export function useLiveRead<T>(
  key: string,
  read: () => Promise<T>,
  onValue?: (value: T) => void,
): LiveRead<T> {
  const [state, setState] = useState<LiveRead<T>>({ status: 'loading' })
  // The latest callbacks, so only a new key starts a new read.
  const latest = useRef({ read, onValue })
  useEffect(() => {
    latest.current = { read, onValue }
  })

  useEffect(() => {
    const subscription = liveQuery(() => latest.current.read()).subscribe({
      next: (value) => {
        latest.current.onValue?.(value)
        setState({ status: 'ready', value, key })
      },
      error: (error: unknown) => {
        console.error(error)
        setState({ status: 'failed' })
      },
    })
    return () => subscription.unsubscribe()
  }, [key])

  return state
}

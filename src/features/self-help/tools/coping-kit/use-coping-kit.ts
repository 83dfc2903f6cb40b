import { useCallback, useEffect, useRef, useState } from 'react'
import { getCopingKit, saveCopingKit, type CopingKitItem } from '../../../../db/coping-kit.ts'
import { LockedError } from '../../../../db/lock/locked-error.ts'
import { useLockState } from '../../../my-space/lock/use-lock-state.ts'

type KitState =
  | { status: 'loading' }
  | { status: 'failed' }
  /** My space is locked: the kit is kept with it, so it needs the passcode. */
  | { status: 'locked' }
  | { status: 'ready'; items: CopingKitItem[] }

/**
 * The coping kit on this device, read again when My space is unlocked. A change shows only once it is saved, so the list on screen is
 * always what is kept; if saving fails, the change is not shown and the caller keeps whatever
 * the person typed. Changes run one after another, each on the list the last one saved, so two
 * quick taps can never undo each other.
 */
export function useCopingKit() {
  const [state, setState] = useState<KitState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const saved = useRef<CopingKitItem[]>([])
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const lock = useLockState()

  useEffect(() => {
    if (lock === undefined) return
    if (lock === 'locked') {
      setState({ status: 'locked' })
      return
    }
    let live = true
    getCopingKit().then(
      (items) => {
        if (!live) return
        saved.current = items
        setState({ status: 'ready', items })
      },
      (error: unknown) => {
        if (!live) return
        if (error instanceof LockedError) return setState({ status: 'locked' })
        console.error(error)
        setState({ status: 'failed' })
      },
    )
    return () => {
      live = false
    }
  }, [attempt, lock])

  /** Rejects when the device refuses, with the kit left as it was. */
  const change = useCallback((edit: (items: CopingKitItem[]) => CopingKitItem[]) => {
    const run = async () => {
      const next = edit(saved.current)
      await saveCopingKit(next)
      saved.current = next
      setState({ status: 'ready', items: next })
    }
    const result = queue.current.then(run)
    queue.current = result.catch(() => undefined)
    return result
  }, [])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  return { state, change, retry }
}

import { useEffect, useState } from 'react'
import { latestCheckInWithOns } from '../../db/check-ins.ts'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { isOnsDue } from './ons-questions.ts'

/**
 * Whether to offer the wellbeing questions this time: undefined until known. If the device
 * cannot be read, they are not offered: the check-in itself matters more.
 */
export function useOnsDue(): boolean | undefined {
  const hydrated = useHydrated()
  const [due, setDue] = useState<boolean>()
  useEffect(() => {
    if (!hydrated) return
    let live = true
    latestCheckInWithOns().then(
      (row) => live && setDue(isOnsDue(row?.at, new Date())),
      (error: unknown) => {
        console.error(error)
        if (live) setDue(false)
      },
    )
    return () => {
      live = false
    }
  }, [hydrated])
  return due
}

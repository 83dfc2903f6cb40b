import { liveQuery } from 'dexie'
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  changeSafetyPlan,
  getSafetyPlan,
  type SafetyPlan,
  type StoredSafetyPlan,
} from '../../../db/safety-plan.ts'
import { useHydrated } from '../../../ui/use-hydrated.ts'

export type SafetyPlanState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; stored: StoredSafetyPlan | undefined }

function unreadableIn(state: SafetyPlanState): number {
  return state.status === 'ready' ? (state.stored?.unreadable ?? 0) : 0
}

/**
 * The safety plan on this device, kept up to date as it changes here or in another tab. Nothing
 * is read until the page has hydrated, so a prerendered page never holds personal data.
 */
export function useSafetyPlan() {
  const hydrated = useHydrated()
  const [state, setState] = useState<SafetyPlanState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  useEffect(() => {
    if (!hydrated) return
    const subscription = liveQuery(getSafetyPlan).subscribe({
      // Once part of the plan could not be read, keep saying so for this visit: the next save
      // leaves those parts out for good.
      next: (stored) =>
        setState((current) => ({
          status: 'ready',
          stored: stored && {
            ...stored,
            unreadable: Math.max(stored.unreadable, unreadableIn(current)),
          },
        })),
      error: (error: unknown) => {
        console.error(error)
        setState({ status: 'failed' })
      },
    })
    return () => subscription.unsubscribe()
  }, [hydrated, attempt])

  /**
   * Saves one change. Changes run one after another, each on the plan as stored, so two quick
   * taps never undo each other. Rejects when the device refuses; the plan stays as it was.
   */
  const change = useCallback((edit: (plan: SafetyPlan) => SafetyPlan) => {
    const result = queue.current.then(async () => {
      const plan = await changeSafetyPlan(edit)
      // Show the change at once; the live query confirms it a moment later.
      setState((current) =>
        current.status === 'ready'
          ? {
              status: 'ready',
              stored: {
                plan,
                updatedAt: new Date().toISOString(),
                unreadable: unreadableIn(current),
              },
            }
          : current,
      )
      return plan
    })
    queue.current = result.catch(() => undefined)
    return result
  }, [])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  return { state, change, retry }
}

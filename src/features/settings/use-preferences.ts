import { useSyncExternalStore } from 'react'
import {
  getPreferences,
  getServerPreferences,
  setPreferences,
  subscribeToPreferences,
} from './preferences-store.ts'

export function usePreferences() {
  const preferences = useSyncExternalStore(
    subscribeToPreferences,
    getPreferences,
    getServerPreferences,
  )
  return [preferences, setPreferences] as const
}

import { useLingui } from '@lingui/react/macro'
import { useLocation } from 'react-router'
import { useHydrated } from '../../../ui/use-hydrated.ts'

export interface FromSearchState {
  /** The search the person came from, e.g. "?topic=anxiety&near=BS1". */
  search: string
}

function searchOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined
  const search = (state as { search?: unknown }).search
  return typeof search === 'string' && search.startsWith('?') ? search : undefined
}

/** Back to the person's own search when they came from one, else to the start of Find support. */
export function useBackToSearch(): { to: string; label: string } {
  const { state } = useLocation()
  const { t } = useLingui()
  // History state survives a reload, but the prerendered page cannot know it.
  const search = useHydrated() ? searchOf(state) : undefined
  return search
    ? { to: `/find-support${search}`, label: t`Back to your search` }
    : { to: '/find-support', label: t`Find support` }
}

import { useMemo } from 'react'
import precachedBundle from 'virtual:harbour-directory'
import { buildDirectoryIndex, type DirectoryIndex } from '../search/directory-index.ts'
import type { DirectoryBundle, DirectoryService } from '../service-model.ts'
import { useRefreshedBundle } from './use-refreshed-bundle.ts'

export interface Directory {
  bundle: DirectoryBundle
  services: readonly DirectoryService[]
  index: DirectoryIndex
}

/**
 * The area's directory: the bundle built into the app (so pages prerender and work offline), or
 * a newer one the area's Open Referral feed has given since, once the page is live.
 */
export function useDirectory(): Directory {
  const bundle = useRefreshedBundle(precachedBundle)
  const index = useMemo(() => buildDirectoryIndex(bundle.services), [bundle])
  return { bundle, services: bundle.services, index }
}

export function findService(
  services: readonly DirectoryService[],
  id: string,
): DirectoryService | undefined {
  return services.find((service) => service.id === id)
}

export { precachedBundle }

import { useLingui } from '@lingui/react'
import { useMemo } from 'react'
import precachedBundle from 'virtual:harbour-directory'
import { topicName } from '../../../lib/topic-names.ts'
import { TOPIC_IDS } from '../../../lib/topics.ts'
import { buildDirectoryIndex, type DirectoryIndex, type TopicNames } from '../search/directory-index.ts'
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
  const { i18n } = useLingui()
  const locale = i18n.locale
  const index = useMemo(() => {
    // English topic names are in the index already; a Welsh page adds the Welsh ones.
    const names: TopicNames = {}
    if (locale !== 'en') for (const topic of TOPIC_IDS) names[topic] = topicName(topic, i18n)
    return buildDirectoryIndex(bundle.services, undefined, names)
  }, [bundle, locale, i18n])
  return { bundle, services: bundle.services, index }
}

export function findService(
  services: readonly DirectoryService[],
  id: string,
): DirectoryService | undefined {
  return services.find((service) => service.id === id)
}

export { precachedBundle }

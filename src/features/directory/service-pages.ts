import type { DynamicPages } from '../../app/route-table.ts'
import precachedBundle from 'virtual:harbour-directory'

const PREFIX = '/find-support/'

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/)
  return end === -1 ? text : text.slice(0, end + 1)
}

/**
 * Every service in the area's directory is prerendered, so a school can link to one and it opens
 * at once, offline and with JavaScript off.
 */
export const servicePages: DynamicPages = {
  paths: precachedBundle.services.map((service) => PREFIX + service.id),
  describe(path) {
    const id = path.slice(PREFIX.length)
    const service = precachedBundle.services.find((s) => s.id === id)
    return service && { title: service.name, description: firstSentence(service.description) }
  },
}

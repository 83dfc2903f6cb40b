import type { DeliveryMode, DirectoryService } from '../../directory/service-model.ts'

export interface ParentServices {
  /** Helplines for parents across the country, the ones about getting help for a child first. */
  national: DirectoryService[]
  /** The area's own services for parents and carers. */
  local: DirectoryService[]
}

const REMOTE_MODES = new Set<DeliveryMode>(['online', 'phone', 'text'])

/** Sorts by each key in turn, keeping the bundle's order for ties. */
function preferring(services: DirectoryService[], ...wanted: ((s: DirectoryService) => boolean)[]) {
  return services
    .map((service, position) => ({ service, position }))
    .sort((a, b) => {
      for (const test of wanted) {
        const difference = Number(test(b.service)) - Number(test(a.service))
        if (difference !== 0) return difference
      }
      return a.position - b.position
    })
    .map(({ service }) => service)
}

/**
 * A few services for parents and carers to show on their page, chosen from the data alone (never
 * the clock or the device, so the prerendered page and the live one agree). Nationally, lines
 * about getting help for a child come first; locally, ones a parent can contact directly and
 * free, a line they can ring before a group they go to.
 */
export function parentServices(
  services: readonly DirectoryService[],
  perGroup = 3,
): ParentServices {
  const forParents = services.filter((service) => service.forParents)
  const national = preferring(
    forParents.filter((service) => service.nationwide),
    (service) => service.topics.includes('getting-help'),
    (service) => service.free === true,
  )
  const local = preferring(
    forParents.filter((service) => !service.nationwide),
    (service) => service.selfReferral === true,
    (service) => service.free === true,
    (service) => service.modes.includes('phone'),
    (service) => service.modes.every((mode) => REMOTE_MODES.has(mode)),
  )
  return { national: national.slice(0, perGroup), local: local.slice(0, perGroup) }
}

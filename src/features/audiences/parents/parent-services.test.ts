import precachedBundle from 'virtual:harbour-directory'
import { describe, expect, it } from 'vitest'
import type { DirectoryService } from '../../directory/service-model.ts'
import { parentServices } from './parent-services.ts'

function service(id: string, extra: Partial<DirectoryService>): DirectoryService {
  return {
    id,
    name: id,
    organisation: id,
    description: `About ${id}`,
    sample: false,
    phones: [],
    modes: ['phone'],
    ages: {},
    forParents: true,
    topics: ['parenting'],
    thrive: ['Getting Advice'],
    free: true,
    selfReferral: true,
    locations: [],
    nationwide: false,
    languages: [],
    opening: [],
    ...extra,
  }
}

describe('parentServices', () => {
  it('shows only services for parents: the YoungMinds Parents Helpline first, and the area’s own', () => {
    const { national, local } = parentServices(precachedBundle.services)
    expect(national[0]?.name).toBe('YoungMinds Parents Helpline')
    expect(local.length).toBeGreaterThan(0)
    for (const found of [...national, ...local]) expect(found.forParents).toBe(true)
    expect(national.every((found) => found.nationwide)).toBe(true)
    expect(local.every((found) => !found.nationwide)).toBe(true)
    expect(national.length).toBeLessThanOrEqual(3)
    expect(local.length).toBeLessThanOrEqual(3)
  })

  it('puts local services parents can contact directly and free before the rest', () => {
    const services = [
      service('course-with-fee', { free: false, modes: ['group'] }),
      service('needs-referral', { selfReferral: false }),
      service('drop-in-group', { modes: ['face-to-face', 'group'] }),
      service('advice-line', { modes: ['phone', 'online'] }),
      service('for-children', { forParents: false }),
    ]
    const { local } = parentServices(services, 4)
    expect(local.map((found) => found.id)).toEqual([
      'advice-line',
      'drop-in-group',
      'course-with-fee',
      'needs-referral',
    ])
  })

  it('puts national lines about getting help for a child before other national lines', () => {
    const services = [
      service('family-line', { nationwide: true }),
      service('getting-help-line', { nationwide: true, topics: ['parenting', 'getting-help'] }),
    ]
    expect(parentServices(services).national.map((found) => found.id)).toEqual([
      'getting-help-line',
      'family-line',
    ])
  })
})

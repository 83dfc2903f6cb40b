import { describe, expect, it } from 'vitest'
import type { OpeningStatus } from '../opening-hours/opening-status.ts'
import type { DeliveryMode } from '../service-model.ts'
import { buildDirectoryIndex } from './directory-index.ts'
import { pairRemoteAndInPerson, searchDirectory } from './search-directory.ts'
import type { RankedService } from './search-model.ts'
import { ALWAYS, service, WEDNESDAY_NOON, WEEKDAYS_9_TO_5 } from './test-services.ts'

const unknown: OpeningStatus = { state: 'unknown', reason: 'no-hours' }

function ranked(...list: [string, DeliveryMode[]][]): RankedService[] {
  return list.map(([name, modes], at) => ({
    service: service({ name, modes }),
    score: list.length - at,
    reasons: [],
    open: unknown,
  }))
}
const names = (results: RankedService[]) => results.map((result) => result.service.name)

describe('pairRemoteAndInPerson', () => {
  it('brings the best in-person result up beside the best remote one', () => {
    const results = ranked(
      ['Chat', ['online']],
      ['Phone', ['phone']],
      ['Text', ['text']],
      ['Group', ['face-to-face', 'group']],
      ['Drop-in', ['drop-in']],
    )
    expect(names(pairRemoteAndInPerson(results))).toEqual([
      'Chat',
      'Group',
      'Phone',
      'Text',
      'Drop-in',
    ])
  })

  it('brings the best remote result up when in-person ones lead', () => {
    const results = ranked(
      ['Group', ['face-to-face']],
      ['Drop-in', ['drop-in']],
      ['Home visits', ['home-visit']],
      ['Chat', ['online']],
    )
    expect(names(pairRemoteAndInPerson(results))).toEqual([
      'Group',
      'Chat',
      'Drop-in',
      'Home visits',
    ])
  })

  it('counts a place with a phone line for booking as in person', () => {
    const results = ranked(
      ['Club', ['phone', 'face-to-face', 'group']],
      ['Counselling', ['online', 'phone', 'face-to-face']],
      ['Text', ['text']],
    )
    expect(names(pairRemoteAndInPerson(results))).toEqual(['Club', 'Text', 'Counselling'])
  })

  it('leaves the order alone when only one kind is there, or the pair already leads', () => {
    const remote = ranked(['Chat', ['online']], ['Phone', ['phone']])
    expect(pairRemoteAndInPerson(remote)).toEqual(remote)
    const paired = ranked(['Chat', ['online']], ['Group', ['group']], ['Phone', ['phone']])
    expect(pairRemoteAndInPerson(paired)).toEqual(paired)
    expect(pairRemoteAndInPerson([])).toEqual([])
  })
})

describe('pairing in searchDirectory', () => {
  const services = [
    service({ name: 'A chat', modes: ['online'], opening: ALWAYS }),
    service({ name: 'B phone', modes: ['phone'], opening: ALWAYS }),
    service({ name: 'C group', modes: ['face-to-face', 'group'], opening: WEEKDAYS_9_TO_5 }),
  ]
  const order = (query: Parameters<typeof searchDirectory>[1]) =>
    searchDirectory(buildDirectoryIndex(services), query, WEDNESDAY_NOON).map(
      (result) => result.service.name,
    )

  it('shows online and face to face side by side', () => {
    expect(order({})).toEqual(['A chat', 'C group', 'B phone'])
  })

  it('does not pair when the person chose one kind of place', () => {
    expect(order({ choice: { place: 'remote' } })).toEqual(['A chat', 'B phone', 'C group'])
    expect(order({ choice: { place: 'in-person' } })).toEqual(['C group', 'A chat', 'B phone'])
  })

  it('through the parents’ door, pairs within the services for parents', () => {
    const withParents = [
      ...services,
      service({ name: 'D parent line', modes: ['phone'], forParents: true }),
      service({ name: 'E parent group', modes: ['group'], forParents: true, opening: [] }),
      service({ name: 'F parent chat', modes: ['online'], forParents: true, opening: ALWAYS }),
    ]
    const results = searchDirectory(
      buildDirectoryIndex(withParents),
      { audience: 'parents' },
      WEDNESDAY_NOON,
    )
    expect(results.map((result) => result.service.name)).toEqual([
      'F parent chat',
      'E parent group',
      'D parent line',
      'A chat',
      'B phone',
      'C group',
    ])
  })
})

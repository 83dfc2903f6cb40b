import { describe, expect, it } from 'vitest'
import type { DirectoryService } from '../service-model.ts'
import { buildDirectoryIndex } from './directory-index.ts'
import { searchDirectory } from './search-directory.ts'
import type { DirectoryQuery, Place } from './search-model.ts'
import {
  ALWAYS,
  at,
  BA1,
  BS1,
  BS8,
  SATURDAYS,
  service,
  WEDNESDAY_NOON,
  WEEKDAYS_9_TO_5,
} from './test-services.ts'

function order(services: DirectoryService[], query: DirectoryQuery, origin?: Place): string[] {
  return searchDirectory(buildDirectoryIndex(services), query, WEDNESDAY_NOON, origin).map(
    (result) => result.service.name,
  )
}

// All remote, so pairing with in-person services does not come into these orders.
const phoneLine = service({ name: 'Phone line', modes: ['phone'], opening: ALWAYS })
const textLine = service({ name: 'Text line', modes: ['text'], opening: ALWAYS })
const chat = service({ name: 'Chat', modes: ['online'], opening: ALWAYS })

describe('ranking by the person’s choice', () => {
  it('puts the ways they would rather use first', () => {
    const services = [phoneLine, textLine, chat]
    expect(order(services, {})).toEqual(['Chat', 'Phone line', 'Text line'])
    expect(order(services, { choice: { talkOrType: 'talk' } })).toEqual([
      'Phone line',
      'Chat',
      'Text line',
    ])
    expect(order(services, { choice: { talkOrType: 'type' } })).toEqual([
      'Text line',
      'Chat',
      'Phone line',
    ])
  })

  it('puts help at a distance or in person first, as chosen', () => {
    const services = [
      service({ name: 'A group', modes: ['phone', 'face-to-face', 'group'] }),
      service({ name: 'B line', modes: ['phone'] }),
    ]
    expect(order(services, { choice: { place: 'in-person' } })).toEqual(['A group', 'B line'])
    expect(order(services, { choice: { place: 'remote' } })).toEqual(['B line', 'A group'])
  })

  it('for help now: open services first, crisis support before the rest', () => {
    const services = [
      service({ name: 'A Saturday club', opening: SATURDAYS }),
      service({ name: 'B weekday line', opening: WEEKDAYS_9_TO_5 }),
      service({ name: 'C crisis line', opening: ALWAYS, thrive: ['Getting Risk Support'] }),
      service({ name: 'D drop-in', modes: ['face-to-face', 'drop-in'], opening: SATURDAYS }),
    ]
    expect(order(services, { choice: { when: 'now', place: 'remote' } })).toEqual([
      'C crisis line',
      'B weekday line',
      'A Saturday club',
      'D drop-in',
    ])
  })

  it('can wait: closed services are not pushed down', () => {
    const services = [
      service({ name: 'A Saturday club', opening: SATURDAYS }),
      service({ name: 'B weekday line', opening: WEEKDAYS_9_TO_5 }),
    ]
    expect(order(services, {})).toEqual(['B weekday line', 'A Saturday club'])
    expect(order(services, { choice: { when: 'can-wait' } })).toEqual([
      'A Saturday club',
      'B weekday line',
    ])
  })

  it('anonymous: helplines you can contact yourself first', () => {
    const services = [
      service({ name: 'A referral line', modes: ['phone'], selfReferral: false }),
      service({ name: 'B drop-in', modes: ['face-to-face', 'drop-in'], selfReferral: true }),
      service({ name: 'C helpline', modes: ['phone', 'text'], selfReferral: true }),
    ]
    expect(order(services, { choice: { anonymous: true, place: 'remote' } })).toEqual([
      'C helpline',
      'A referral line',
      'B drop-in',
    ])
  })

  it('answers add up: a service that fits more of them ranks higher', () => {
    const services = [
      service({ name: 'A text only', modes: ['text'], opening: SATURDAYS }),
      service({ name: 'B text, open', modes: ['text'], opening: ALWAYS }),
      service({ name: 'C phone, open', modes: ['phone'], opening: ALWAYS }),
    ]
    expect(order(services, { choice: { talkOrType: 'type', when: 'now' } })).toEqual([
      'B text, open',
      'A text only',
      'C phone, open',
    ])
  })
})

describe('ranking by openness, place and audience', () => {
  it('puts open services before closed ones, and unknown hours between', () => {
    const services = [
      service({ name: 'A closed', opening: SATURDAYS }),
      service({ name: 'B unknown', opening: [] }),
      service({ name: 'C open', opening: WEEKDAYS_9_TO_5 }),
    ]
    expect(order(services, {})).toEqual(['C open', 'B unknown', 'A closed'])
  })

  it('puts nearer places first when a place is given', () => {
    const services = [
      service({ name: 'A Bath', modes: ['face-to-face'], locations: [at(BA1)] }),
      service({ name: 'B Clifton', modes: ['face-to-face'], locations: [at(BS8)] }),
    ]
    expect(order(services, {})).toEqual(['A Bath', 'B Clifton'])
    expect(order(services, { near: 'BS1' }, BS1)).toEqual(['B Clifton', 'A Bath'])
  })

  it('puts local services before national ones when a place is given', () => {
    const services = [
      service({ name: 'A national line', modes: ['phone'], nationwide: true }),
      service({ name: 'B area line', modes: ['phone'] }),
      service({ name: 'C Clifton line', modes: ['phone'], locations: [at(BS8)] }),
    ]
    expect(order(services, {})).toEqual(['A national line', 'B area line', 'C Clifton line'])
    expect(order(services, { near: 'BS1' }, BS1)).toEqual([
      'C Clifton line',
      'B area line',
      'A national line',
    ])
  })

  it('puts services for parents first through the parents’ door', () => {
    const services = [
      service({ name: 'A teen line', opening: ALWAYS }),
      service({ name: 'B parent line', forParents: true, opening: SATURDAYS }),
    ]
    expect(order(services, {})).toEqual(['A teen line', 'B parent line'])
    expect(order(services, { audience: 'parents' })).toEqual(['B parent line', 'A teen line'])
  })

  it('breaks ties by name, then id, whatever order the data came in', () => {
    const services = [
      service({ id: 'b', name: 'Same name' }),
      service({ id: 'c', name: 'apple' }),
      service({ id: 'a', name: 'Same name' }),
      service({ id: 'd', name: 'Zebra' }),
    ]
    const expected = ['c', 'a', 'b', 'd']
    const ids = (list: DirectoryService[]) =>
      searchDirectory(buildDirectoryIndex(list), {}, WEDNESDAY_NOON).map((r) => r.service.id)
    expect(ids(services)).toEqual(expected)
    expect(ids([...services].reverse())).toEqual(expected)
  })

  it('gives higher scores to better results', () => {
    const results = searchDirectory(
      buildDirectoryIndex([phoneLine, textLine]),
      { choice: { talkOrType: 'type' } },
      WEDNESDAY_NOON,
    )
    expect(results.map((result) => result.service.name)).toEqual(['Text line', 'Phone line'])
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score ?? Infinity)
  })
})

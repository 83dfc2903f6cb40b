import { describe, expect, it } from 'vitest'
import { openingStatus } from '../opening-hours/opening-status.ts'
import { inEnglish } from '../opening-hours/test-status.ts'
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

function names(services: DirectoryService[], query: DirectoryQuery, origin?: Place): string[] {
  return searchDirectory(buildDirectoryIndex(services), query, WEDNESDAY_NOON, origin)
    .map((result) => result.service.name)
    .sort()
}

describe('searchDirectory filters', () => {
  it('finds topics by their names in the page’s language as well as in English', () => {
    const services = [
      service({ name: 'Worry Busters', topics: ['anxiety'] }),
      service({ name: 'Kooth', topics: ['low-mood'] }),
    ]
    const welsh = buildDirectoryIndex(services, undefined, {
      anxiety: 'Gorbryder a phoeni',
      'low-mood': 'Hwyliau isel',
    })
    const found = (index: ReturnType<typeof buildDirectoryIndex>, text: string) =>
      searchDirectory(index, { text }, WEDNESDAY_NOON).map((result) => result.service.name)
    expect(found(welsh, 'gorbryder')).toEqual(['Worry Busters'])
    expect(found(welsh, 'hwyliau')).toEqual(['Kooth'])
    expect(found(welsh, 'anxiety')).toEqual(['Worry Busters'])
    expect(found(buildDirectoryIndex(services), 'gorbryder')).toEqual([])
  })

  it('finds words in the name, organisation, description and topics', () => {
    const services = [
      service({ name: 'Teen text line', organisation: 'School nursing' }),
      service({ name: 'Calm space', description: 'Somewhere to go when you are worried.' }),
      service({ name: 'Worry Busters', topics: ['anxiety'] }),
      service({ name: 'Kooth', topics: ['low-mood'] }),
    ]
    expect(names(services, { text: 'nursing' })).toEqual(['Teen text line'])
    expect(names(services, { text: 'WORRIED' })).toEqual(['Calm space'])
    // "Anxiety and worry" is the anxiety topic's label.
    expect(names(services, { text: 'anxiety' })).toEqual(['Worry Busters'])
    expect(names(services, { text: 'worry' })).toEqual(['Calm space', 'Worry Busters'])
    expect(names(services, { text: 'low mood' })).toEqual(['Kooth'])
    expect(names(services, { text: 'teen mood' })).toEqual([])
  })

  it('keeps services on the topic', () => {
    const services = [
      service({ name: 'Grief line', topics: ['grief', 'family'] }),
      service({ name: 'Sleep clinic', topics: ['sleep'] }),
    ]
    expect(names(services, { topic: 'family' })).toEqual(['Grief line'])
  })

  it('matches an age inside the range, with open ends, and services for every age', () => {
    const services = [
      service({ name: 'Under 5s', ages: { min: 0, max: 4 } }),
      service({ name: '11 to 18', ages: { min: 11, max: 18 } }),
      service({ name: 'Up to 25', ages: { max: 25 } }),
      service({ name: '16 and over', ages: { min: 16 } }),
      service({ name: 'Any age', ages: {} }),
    ]
    expect(names(services, { age: 0 })).toEqual(['Any age', 'Under 5s', 'Up to 25'])
    expect(names(services, { age: 11 })).toEqual(['11 to 18', 'Any age', 'Up to 25'])
    expect(names(services, { age: 18 })).toEqual(['11 to 18', '16 and over', 'Any age', 'Up to 25'])
    expect(names(services, { age: 40 })).toEqual(['16 and over', 'Any age'])
  })

  it('cuts places further than the distance, never services with no place', () => {
    const services = [
      service({ name: 'Clifton group', locations: [at(BS8)] }),
      service({ name: 'Bath group', locations: [at(BA1)] }),
      service({ name: 'Two places', locations: [at(BA1), at(BS8)] }),
      service({ name: 'National line', nationwide: true }),
      service({ name: 'Area chat' }),
    ]
    const near = { near: 'BS1', within: 5 }
    expect(names(services, near, BS1)).toEqual([
      'Area chat',
      'Clifton group',
      'National line',
      'Two places',
    ])
    expect(names(services, { near: 'BS1', within: 20 }, BS1)).toHaveLength(5)
    // With no place to measure from, distance cannot filter.
    expect(names(services, near)).toHaveLength(5)
  })

  it('gives the miles to the nearest place', () => {
    const results = searchDirectory(
      buildDirectoryIndex([service({ locations: [at(BA1), at(BS8)] }), service()]),
      { near: 'BS1' },
      WEDNESDAY_NOON,
      BS1,
    )
    const miles = results.map((result) => result.miles)
    expect(miles).toContain(undefined)
    const clifton = miles.find((value) => value !== undefined) ?? NaN
    expect(clifton).toBeGreaterThan(1.1)
    expect(clifton).toBeLessThan(1.4)
  })

  it('keeps only services open now; unknown hours are not open', () => {
    const services = [
      service({ name: 'Weekdays', opening: WEEKDAYS_9_TO_5 }),
      service({ name: 'Always', opening: ALWAYS }),
      service({ name: 'Saturdays', opening: SATURDAYS }),
      service({ name: 'No hours', opening: [] }),
    ]
    expect(names(services, { openNow: true })).toEqual(['Always', 'Weekdays'])
  })

  it('sets the opening status of every result, as openingStatus gives it', () => {
    const services = [
      service({ opening: WEEKDAYS_9_TO_5 }),
      service({ opening: SATURDAYS }),
      service({ opening: [] }),
    ]
    for (const result of searchDirectory(buildDirectoryIndex(services), {}, WEDNESDAY_NOON)) {
      expect(result.open).toEqual(openingStatus(result.service.opening, WEDNESDAY_NOON))
    }
  })

  it('works the status out afresh when the minute changes', () => {
    const index = buildDirectoryIndex([service({ opening: WEEKDAYS_9_TO_5 })])
    const statusAt = (iso: string) => {
      const open = searchDirectory(index, {}, new Date(iso))[0]?.open
      return open && inEnglish(open)
    }
    expect(statusAt('2026-11-25T16:59:00Z')).toEqual({ state: 'open', closesAt: '17:00' })
    expect(statusAt('2026-11-25T16:59:59Z')).toEqual({ state: 'open', closesAt: '17:00' })
    expect(statusAt('2026-11-25T17:00:00Z')).toEqual({
      state: 'closed',
      opensNext: { day: 'tomorrow', at: '09:00' },
    })
  })

  it('keeps free and self-referral services only when they say so', () => {
    const services = [
      service({ name: 'Free, self', free: true, selfReferral: true }),
      service({ name: 'Paid, referral', free: false, selfReferral: false }),
      service({ name: 'Does not say', free: undefined, selfReferral: undefined }),
    ]
    expect(names(services, { free: true })).toEqual(['Free, self'])
    expect(names(services, { selfReferral: true })).toEqual(['Free, self'])
  })

  it('filters by THRIVE grouping', () => {
    const services = [
      service({ name: 'Crisis line', thrive: ['Getting Risk Support'] }),
      service({ name: 'Counselling', thrive: ['Getting Help', 'Getting More Help'] }),
    ]
    expect(names(services, { thrive: 'Getting More Help' })).toEqual(['Counselling'])
  })

  it('keeps services offering any of the ways asked for', () => {
    const services = [
      service({ name: 'Text line', modes: ['online', 'text'] }),
      service({ name: 'Phone line', modes: ['phone'] }),
      service({ name: 'Group', modes: ['face-to-face', 'group'] }),
      service({ name: 'Home visits', modes: ['phone', 'home-visit'] }),
    ]
    expect(names(services, { modes: ['text'] })).toEqual(['Text line'])
    expect(names(services, { modes: ['face-to-face'] })).toEqual(['Group'])
    expect(names(services, { modes: ['text', 'phone'] })).toEqual([
      'Home visits',
      'Phone line',
      'Text line',
    ])
    expect(names(services, { modes: ['online'] })).toEqual(['Text line'])
  })

  it('does not hide services for young people from parents', () => {
    const services = [
      service({ name: 'Parent line', forParents: true }),
      service({ name: 'Teen line' }),
    ]
    expect(names(services, { audience: 'parents' })).toEqual(['Parent line', 'Teen line'])
  })

  it('combines filters', () => {
    const services = [
      service({ name: 'Fits', topics: ['anxiety'], ages: { min: 11, max: 18 }, free: true }),
      service({ name: 'Wrong age', topics: ['anxiety'], ages: { min: 18 }, free: true }),
      service({ name: 'Not free', topics: ['anxiety'], free: false }),
      service({ name: 'Wrong topic', topics: ['sleep'] }),
    ]
    expect(names(services, { topic: 'anxiety', age: 14, free: true })).toEqual(['Fits'])
  })
})

describe('opening status by nation', () => {
  // 2 January 2026 is a bank holiday in Scotland only.
  const secondOfJanuary = new Date('2026-01-02T12:00:00Z')
  const statusOf = (postcode: string, countryOf?: (outcode: string) => string | undefined) => {
    const index = buildDirectoryIndex(
      [service({ opening: WEEKDAYS_9_TO_5, locations: [at(BS1, postcode)] })],
      countryOf,
    )
    return searchDirectory(index, {}, secondOfJanuary)[0]?.open
  }

  it('uses the bank holidays of the nation the service is in', () => {
    expect(statusOf('BS1 4DJ')).toEqual({ state: 'open', closesAt: '17:00' })
    expect(statusOf('EH1 1YZ')).toEqual({ state: 'unknown', reason: 'bank-holiday' })
  })

  it('asks the districts table when it is given', () => {
    // TD15 (Berwick-upon-Tweed) is in England; the rest of TD is in Scotland.
    const country = (outcode: string) => (outcode === 'TD15' ? 'England' : 'Scotland')
    expect(statusOf('TD15 1AA', country)).toEqual({ state: 'open', closesAt: '17:00' })
    expect(statusOf('TD1 1AA', country)).toEqual({ state: 'unknown', reason: 'bank-holiday' })
    expect(statusOf('TD1 1AA')).toEqual({ state: 'open', closesAt: '17:00' })
  })

  it('knows Northern Ireland by its BT postcodes', () => {
    // 17 March (St Patrick's Day) is a bank holiday in Northern Ireland only.
    const index = buildDirectoryIndex([
      service({ opening: WEEKDAYS_9_TO_5, locations: [at(BS1, 'BT7 1NN')] }),
    ])
    const result = searchDirectory(index, {}, new Date('2026-03-17T12:00:00Z'))[0]
    expect(result?.open).toEqual({ state: 'unknown', reason: 'bank-holiday' })
  })
})

import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import type { DirectoryService } from '../service-model.ts'
import { buildDirectoryIndex } from './directory-index.ts'
import { milesText, reasonText } from './reasons.ts'
import { searchDirectory } from './search-directory.ts'
import type { DirectoryQuery, Place } from './search-model.ts'
import {
  ALWAYS,
  at,
  BS1,
  BS8,
  SATURDAYS,
  service,
  WEDNESDAY_NOON,
  WEEKDAYS_9_TO_5,
} from './test-services.ts'

const en = i18nFor('en')

function reasons(one: DirectoryService, query: DirectoryQuery, origin?: Place): string[] {
  const [result] = searchDirectory(buildDirectoryIndex([one]), query, WEDNESDAY_NOON, origin)
  return (result?.reasons ?? []).map((reason) => reasonText(reason, en))
}

describe('reasons', () => {
  const textLine = service({ modes: ['online', 'text'], opening: WEEKDAYS_9_TO_5 })

  it('says what fits the person’s choice first', () => {
    expect(reasons(textLine, { choice: { talkOrType: 'type' } })).toEqual([
      'You can text them',
      'Online',
      'Open now, closes at 17:00',
    ])
    const phone = service({ modes: ['phone', 'face-to-face'], opening: ALWAYS })
    expect(reasons(phone, { choice: { talkOrType: 'talk' } })).toEqual([
      'You can talk to someone on the phone',
      'Face to face',
      'Open now',
    ])
  })

  it('explains help now, and staying anonymous', () => {
    const crisis = service({ modes: ['phone'], thrive: ['Getting Risk Support'], opening: ALWAYS })
    expect(reasons(crisis, { choice: { when: 'now', anonymous: true } })).toEqual([
      'Open now',
      'Can help in a crisis',
      'No need to give your name',
    ])
    const dropIn = service({ modes: ['face-to-face', 'drop-in'], selfReferral: true })
    expect(reasons(dropIn, { choice: { anonymous: true, when: 'now' } })).toEqual([
      'Drop in, no appointment needed',
      'You can contact them yourself',
    ])
  })

  it('says what fits the search', () => {
    const group = service({
      modes: ['face-to-face', 'group'],
      topics: ['anxiety'],
      locations: [at(BS8)],
      forParents: true,
      ages: { min: 11, max: 18 },
    })
    expect(reasons(group, { topic: 'anxiety', near: 'BS1' }, BS1)).toEqual([
      '1.3 miles from BS1',
      'About anxiety and worry',
    ])
    expect(reasons(group, { audience: 'parents', free: true, age: 12 })).toEqual([
      'For parents and carers',
      'Free',
      'For ages 11 to 18',
    ])
    expect(reasons(group, { modes: ['group', 'text'], selfReferral: true })).toEqual([
      'In a group',
      'You can contact them yourself',
    ])
  })

  it('never gives more than four', () => {
    const everything = service({
      modes: ['online', 'phone', 'text', 'face-to-face'],
      topics: ['sleep'],
      opening: ALWAYS,
      locations: [at(BS8)],
    })
    const query: DirectoryQuery = {
      topic: 'sleep',
      free: true,
      selfReferral: true,
      near: 'BS1',
      choice: { talkOrType: 'type', anonymous: true },
    }
    expect(reasons(everything, query, BS1)).toEqual([
      'You can text them',
      'Online',
      'You can contact them yourself',
      'Open now',
    ])
  })

  it('names the searched topic in the page’s language', () => {
    const [result] = searchDirectory(
      buildDirectoryIndex([service({ topics: ['anxiety'] })]),
      { topic: 'anxiety' },
      WEDNESDAY_NOON,
    )
    const words = (result?.reasons ?? []).map((reason) => reasonText(reason, i18nFor('cy')))
    expect(words).toEqual(['Pwnc: gorbryder a phoeni'])
  })

  it('does not claim open when it is closed, or when the person can wait', () => {
    const saturdays = service({ opening: SATURDAYS })
    expect(reasons(saturdays, { choice: { when: 'now' } })).toEqual([])
    expect(reasons(textLine, {})).toEqual(['Open now, closes at 17:00'])
    expect(reasons(textLine, { choice: { when: 'can-wait' } })).toEqual([])
  })
})

describe('milesText', () => {
  it('rounds to a tenth under 10 miles and to whole miles above', () => {
    expect(en._(milesText(2.14, 'BS1'))).toBe('2.1 miles from BS1')
    expect(en._(milesText(1.02, 'BS1'))).toBe('1 mile from BS1')
    expect(en._(milesText(12.6, 'M1'))).toBe('13 miles from M1')
    expect(en._(milesText(0.01, 'BS1'))).toBe('Less than 0.1 miles from BS1')
    expect(en._(milesText(3, undefined))).toBe('3 miles away')
  })
})

import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { keptWordsPlace, shortDate } from './kept-words-place.ts'

const now = new Date('2025-06-18T12:00:00')
const place = (table: string, recordId: string, field: string, details = {}) =>
  keptWordsPlace({ table, recordId, field }, details, now, i18nFor('en'))

describe('keptWordsPlace', () => {
  it('names a check-in by its day, and still makes sense once the check-in is gone', () => {
    expect(place('checkIns', 'c1', 'note', { checkInAt: '2025-03-03T09:30:00' })).toBe(
      'The note on your check-in of 3 March',
    )
    expect(place('checkIns', 'c1', 'note', { checkInAt: '2024-11-20T09:30:00' })).toBe(
      'The note on your check-in of 20 November 2024',
    )
    expect(place('checkIns', 'c1', 'note')).toBe('The note on one of your check-ins')
  })

  it('names goals, each part of the safety plan and About me, and the coping kit', () => {
    expect(place('goals', 'g1', 'title')).toBe('Your goal’s words')
    expect(place('documents', 'safety-plan', 'data.reasons')).toBe(
      'Your safety plan: things worth living for',
    )
    expect(place('documents', 'safety-plan', 'data.people')).toBe(
      'Your safety plan: people I can ask for help',
    )
    expect(place('documents', 'safety-plan', 'data.somethingNew')).toBe('Your safety plan')
    expect(place('documents', 'about-me', 'data.whatHelps')).toBe('Your About me: what helps me')
    expect(place('documents', 'about-me', 'data.contactWays')).toBe(
      'Your About me: how I like to be contacted',
    )
    expect(place('documents', 'about-me', 'data.toString')).toBe('Your About me')
    expect(place('documents', 'coping-kit', 'data.items')).toBe('Your coping kit')
  })

  it('names the tool an entry came from, when it is known', () => {
    expect(place('toolEntries', 't1', 'data.worry', { tool: 'worry-tree' })).toBe(
      'What you wrote in “The worry tree”',
    )
    expect(place('toolEntries', 't1', 'data.worry')).toBe('What you wrote in a tool')
    expect(place('somethingElse', 'x', 'y')).toBe('Something you wrote')
  })
})

describe('keptWordsPlace in Welsh', () => {
  it('names the place and the day in Welsh', () => {
    const cy = (table: string, recordId: string, field: string, details = {}) =>
      keptWordsPlace({ table, recordId, field }, details, now, i18nFor('cy'))
    expect(cy('checkIns', 'c1', 'note', { checkInAt: '2025-03-03T09:30:00' })).toBe(
      'Y nodyn ar dy gofnod ar 3 Mawrth',
    )
    expect(cy('documents', 'safety-plan', 'data.reasons')).toBe(
      'Dy gynllun diogelwch: pethau sy’n werth byw er eu mwyn',
    )
  })
})

describe('shortDate', () => {
  it('says nothing for a date it cannot read', () => {
    expect(shortDate('not a date', now, 'en')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import type { DirectoryQuery } from '../search/search-model.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { activeFilters, filterName, widenings, withoutFilter } from './widen-search.ts'

describe('activeFilters', () => {
  it('lists only the filters that remove services', () => {
    expect(activeFilters({})).toEqual([])
    expect(
      activeFilters({
        text: '  ',
        openNow: false,
        audience: 'parents',
        choice: { talkOrType: 'talk' },
        within: 5,
      }),
    ).toEqual([])
    expect(
      activeFilters({ text: 'art', topic: 'anxiety', near: 'BS1', within: 3, openNow: true }),
    ).toEqual(['text', 'topic', 'near', 'within', 'openNow'])
  })
})

describe('withoutFilter', () => {
  it('takes a filter off and leaves the rest', () => {
    const query: DirectoryQuery = { topic: 'sleep', free: true, modes: ['text'] }
    expect(withoutFilter(query, 'free')).toEqual({
      topic: 'sleep',
      free: undefined,
      modes: ['text'],
    })
  })

  it('takes the distance off with the place', () => {
    expect(withoutFilter({ near: 'BS1', within: 5 }, 'near')).toEqual({
      near: undefined,
      within: undefined,
    })
  })
})

const en = i18nFor('en')

describe('filterName', () => {
  it('names filters in plain words', () => {
    expect(filterName({ topic: 'low-mood' }, 'topic', en)).toBe('“Low mood”')
    expect(filterName({ modes: ['text', 'face-to-face'] }, 'modes', en)).toBe(
      '“text or face to face”',
    )
    expect(filterName({ text: ' art ' }, 'text', en)).toBe('the words “art”')
    expect(filterName({ topic: 'low-mood' }, 'topic', i18nFor('cy'))).toBe('“Hwyliau isel”')
  })
})

describe('widenings', () => {
  it('offers the filter whose removal brings back most services first, and skips useless ones', () => {
    const query: DirectoryQuery = { openNow: true, free: true, topic: 'grief' }
    const counts: Record<string, number> = { openNow: 4, free: 0, topic: 9 }
    const result = widenings(query, (widened) => {
      const removed = (['openNow', 'free', 'topic'] as const).find(
        (key) => widened[key] === undefined,
      )
      return counts[removed ?? ''] ?? 0
    })
    expect(result.map((widening) => [widening.key, widening.count])).toEqual([
      ['topic', 9],
      ['openNow', 4],
    ])
  })
})

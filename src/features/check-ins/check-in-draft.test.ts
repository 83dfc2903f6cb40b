import { describe, expect, it } from 'vitest'
import { emptyDraft, toggleChoice, toNewCheckIn } from './check-in-draft.ts'
import { feelings } from './check-in-options.ts'
import { isOnsDue, onsQuestionsFor } from './ons-questions.ts'

describe('check-in draft', () => {
  it('keeps ticked words in the order they are shown', () => {
    let chosen = toggleChoice([], 'sad', feelings)
    chosen = toggleChoice(chosen, 'happy', feelings)
    expect(chosen).toEqual(['happy', 'sad'])
    expect(toggleChoice(chosen, 'happy', feelings)).toEqual(['sad'])
  })

  it('saves only what was given, with a tidy note', () => {
    expect(toNewCheckIn({ ...emptyDraft, mood: 4, note: '   ' }, 'not-offered')).toEqual({
      mood: 4,
      feelings: [],
      happenings: [],
    })
    expect(
      toNewCheckIn(
        { ...emptyDraft, mood: 1, unsafe: true, note: ' Rough day ', happenings: ['family'] },
        'not-offered',
      ),
    ).toEqual({ mood: 1, feelings: [], happenings: ['family'], note: 'Rough day', unsafe: true })
  })

  it('keeps wellbeing answers only for the age band given, and marks a skip', () => {
    const draft = {
      ...emptyDraft,
      mood: 3 as const,
      age: '10-15' as const,
      ons: { lifeSatisfaction: 6, happiness: 0, anxiety: 9 },
    }
    expect(toNewCheckIn(draft, 'answered').ons).toEqual({ lifeSatisfaction: 6, happiness: 0 })
    expect(toNewCheckIn({ ...draft, age: '16-plus' }, 'answered').ons).toEqual(draft.ons)
    expect(toNewCheckIn(draft, 'skipped').ons).toEqual({})
    expect(toNewCheckIn({ ...draft, age: 'under-10' }, 'answered').ons).toEqual({})
  })

  it('refuses to save without a mood', () => {
    expect(() => toNewCheckIn(emptyDraft, 'not-offered')).toThrow()
  })
})

describe('wellbeing questions', () => {
  it('are for ages 10 and over, without the anxiety question under 16', () => {
    expect(onsQuestionsFor('under-10')).toEqual([])
    expect(onsQuestionsFor('10-15').map((q) => q.id)).toEqual([
      'lifeSatisfaction',
      'worthwhile',
      'happiness',
    ])
    expect(onsQuestionsFor('16-plus')).toHaveLength(4)
  })

  it('are offered when never offered, or more than 14 days ago', () => {
    const now = new Date('2026-03-20T12:00:00Z')
    expect(isOnsDue(undefined, now)).toBe(true)
    expect(isOnsDue('2026-03-10T12:00:00Z', now)).toBe(false)
    expect(isOnsDue('2026-03-06T12:00:00Z', now)).toBe(false)
    expect(isOnsDue('2026-03-06T11:59:00Z', now)).toBe(true)
    expect(isOnsDue('not a date', now)).toBe(true)
  })
})

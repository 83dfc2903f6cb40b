import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { openStateText } from './open-state-text.ts'

const en = i18nFor('en')

describe('openStateText', () => {
  it('says when an open service closes, or just that it is open', () => {
    expect(openStateText({ state: 'open', closesAt: '17:00' }, en)).toEqual({
      tone: 'open',
      text: 'Open now, closes 17:00',
    })
    expect(openStateText({ state: 'open' }, en).text).toBe('Open now')
  })

  it('says when a closed service opens next', () => {
    const status = { state: 'closed', opensNext: { day: 20_000, inDays: 1, at: '09:00' } } as const
    expect(openStateText(status, en)).toEqual({
      tone: 'closed',
      text: 'Closed, opens tomorrow 09:00',
    })
    expect(openStateText({ state: 'closed' }, en).text).toMatch(/^Closed/)
  })

  it('asks the person to check whenever the hours cannot say', () => {
    for (const reason of ['no-hours', 'bank-holiday', 'outside-dates'] as const) {
      const { tone, text } = openStateText({ state: 'unknown', reason }, en)
      expect(tone).toBe('unknown')
      expect(text).toMatch(/check before you go$/)
      expect(text).not.toMatch(/open now/i)
    }
    expect(openStateText({ state: 'unknown', reason: 'no-hours' }, en).text).toBe(
      'Hours not listed — check before you go',
    )
  })
})

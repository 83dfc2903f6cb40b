import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { resultsMessage } from './results-message.ts'

const en = i18nFor('en')

describe('resultsMessage', () => {
  it('counts everything when nothing is filtered, a place alone included', () => {
    expect(resultsMessage({}, 57, 57, { state: 'none' }, en)).toBe('Showing all 57 services.')
    expect(resultsMessage({ near: 'BS1' }, 57, 57, { state: 'loading', outcode: 'BS1' }, en)).toBe(
      'Finding BS1… Showing all 57 services.',
    )
  })

  it('counts matches, and says when the order follows the person', () => {
    expect(resultsMessage({ free: true }, 1, 57, { state: 'none' }, en)).toBe('1 service matches.')
    expect(
      resultsMessage({ free: true, choice: { when: 'now' } }, 12, 57, { state: 'none' }, en),
    ).toBe('12 services match. The ones that fit your answers come first.')
    expect(resultsMessage({ audience: 'parents' }, 57, 57, { state: 'none' }, en)).toBe(
      'Showing all 57 services. Services for parents and carers come first.',
    )
    expect(resultsMessage({ openNow: true }, 0, 57, { state: 'none' }, en)).toBe(
      'No services match.',
    )
  })

  it('names a district it could not find', () => {
    expect(
      resultsMessage({ near: 'ZZ9' }, 57, 57, { state: 'unknown', outcode: 'ZZ9' }, en),
    ).toMatch(/^We could not find ZZ9 — check the postcode\./)
  })
})

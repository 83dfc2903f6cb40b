import { describe, expect, it } from 'vitest'
import { resultsMessage } from './results-message.ts'

describe('resultsMessage', () => {
  it('counts everything when nothing is filtered, a place alone included', () => {
    expect(resultsMessage({}, 57, 57, { state: 'none' })).toBe('Showing all 57 services.')
    expect(resultsMessage({ near: 'BS1' }, 57, 57, { state: 'loading', outcode: 'BS1' })).toBe(
      'Finding BS1… Showing all 57 services.',
    )
  })

  it('counts matches, and says when the order follows the person', () => {
    expect(resultsMessage({ free: true }, 1, 57, { state: 'none' })).toBe('1 service matches.')
    expect(resultsMessage({ free: true, choice: { when: 'now' } }, 12, 57, { state: 'none' })).toBe(
      '12 services match. The ones that fit your answers come first.',
    )
    expect(resultsMessage({ audience: 'parents' }, 57, 57, { state: 'none' })).toBe(
      'Showing all 57 services. Services for parents and carers come first.',
    )
    expect(resultsMessage({ openNow: true }, 0, 57, { state: 'none' })).toBe('No services match.')
  })

  it('names a district it could not find', () => {
    expect(resultsMessage({ near: 'ZZ9' }, 57, 57, { state: 'unknown', outcode: 'ZZ9' })).toMatch(
      /^We could not find ZZ9 — check the postcode\./,
    )
  })
})

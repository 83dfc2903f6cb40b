import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { timeAgo as timeAgoIn } from './relative-time.ts'

const now = new Date('2025-06-18T12:00:00Z')
const before = (ms: number) => new Date(now.getTime() - ms)
const minutes = (n: number) => n * 60_000
const timeAgo = (then: Date, when: Date) => timeAgoIn(then, when, i18nFor('en'))

describe('timeAgo', () => {
  it('says "just now" for under a minute, and for a clock running a little fast', () => {
    expect(timeAgo(before(20_000), now)).toBe('just now')
    expect(timeAgo(new Date(now.getTime() + 5_000), now)).toBe('just now')
  })

  it('counts whole minutes, hours and days, never rounding up', () => {
    expect(timeAgo(before(minutes(1)), now)).toBe('1 minute ago')
    expect(timeAgo(before(minutes(2.9)), now)).toBe('2 minutes ago')
    expect(timeAgo(before(minutes(59)), now)).toBe('59 minutes ago')
    expect(timeAgo(before(minutes(61)), now)).toBe('1 hour ago')
    expect(timeAgo(before(minutes(60 * 5)), now)).toBe('5 hours ago')
    expect(timeAgo(before(minutes(60 * 25)), now)).toBe('yesterday')
    expect(timeAgo(before(minutes(60 * 24 * 3)), now)).toBe('3 days ago')
  })

  it('uses weeks, months and years for longer gaps', () => {
    expect(timeAgo(before(minutes(60 * 24 * 8)), now)).toBe('last week')
    expect(timeAgo(before(minutes(60 * 24 * 15)), now)).toBe('2 weeks ago')
    expect(timeAgo(before(minutes(60 * 24 * 65)), now)).toBe('2 months ago')
    expect(timeAgo(before(minutes(60 * 24 * 800)), now)).toBe('2 years ago')
  })

  it('says it in Welsh, with Welsh plural forms', () => {
    const cy = i18nFor('cy')
    expect(timeAgoIn(before(20_000), now, cy)).toBe('gynnau')
    expect(timeAgoIn(before(minutes(2)), now, cy)).toBe('2 funud yn ôl')
    expect(timeAgoIn(before(minutes(60 * 25)), now, cy)).toBe('ddoe')
    expect(timeAgoIn(before(minutes(60 * 24 * 3)), now, cy)).toBe('3 diwrnod yn ôl')
  })
})

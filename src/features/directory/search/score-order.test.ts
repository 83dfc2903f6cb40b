import { describe, expect, it } from 'vitest'
import { byScore, MAX_SCORE_LEVELS } from './score-order.ts'

describe('byScore', () => {
  it('puts higher scores first and keeps the incoming order among equal ones', () => {
    const scores = Uint32Array.from([5, 9, 5, 0, 9, 3000, 5])
    const positions = Uint32Array.from([10, 11, 12, 13, 14, 15, 16])
    const sorted = byScore(scores, positions, 7, 4000)
    expect([...sorted.positions]).toEqual([15, 11, 14, 10, 12, 16, 13])
    expect([...sorted.scores]).toEqual([3000, 9, 9, 5, 5, 5, 0])
  })

  it('sorts only the first `count`', () => {
    const sorted = byScore(Uint32Array.from([1, 2, 99]), Uint32Array.from([0, 1, 2]), 2, 100)
    expect([...sorted.positions]).toEqual([1, 0])
  })

  it('agrees with a plain sort on many large scores', () => {
    const levels = 1_500_000
    const count = 5000
    const scores = Uint32Array.from({ length: count }, (_, at) => (at * 7919 * 104729) % levels)
    const positions = Uint32Array.from({ length: count }, (_, at) => at)
    const expected = [...positions].sort(
      (a, b) => (scores[b] as number) - (scores[a] as number) || a - b,
    )
    expect([...byScore(scores, positions, count, levels).positions]).toEqual(expected)
  })

  it('refuses scores too large to sort in two passes', () => {
    expect(() => byScore(new Uint32Array(1), new Uint32Array(1), 1, MAX_SCORE_LEVELS + 1)).toThrow(
      RangeError,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { FixedWindowLimiter, rateLimitHeaders } from './rate-limiter.ts'

function clock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('FixedWindowLimiter', () => {
  it('allows the limit in a window, then refuses until the window ends', () => {
    const time = clock()
    const limiter = new FixedWindowLimiter(3, 60_000, time.now)
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).toEqual([true, true, true, false])
    expect(limiter.take('a')).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 60 })
    time.advance(59_500)
    expect(limiter.take('a')).toMatchObject({ allowed: false, resetSeconds: 1 })
    time.advance(500)
    expect(limiter.take('a')).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 60 })
  })

  it('counts each key on its own', () => {
    const limiter = new FixedWindowLimiter(1, 1000, clock().now)
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('b').allowed).toBe(true)
    expect(limiter.take('a').allowed).toBe(false)
  })

  it('checks without counting', () => {
    const limiter = new FixedWindowLimiter(1, 1000, clock().now)
    expect(limiter.check('a')).toMatchObject({ allowed: true, remaining: 1 })
    expect(limiter.check('a')).toMatchObject({ allowed: true, remaining: 1 })
    limiter.take('a')
    expect(limiter.check('a')).toMatchObject({ allowed: false, remaining: 0 })
  })

  it('forgets ended windows and never holds more than its key limit', () => {
    const time = clock()
    const limiter = new FixedWindowLimiter(5, 1000, time.now, 100)
    for (let i = 0; i < 1000; i++) limiter.take(`key-${i}`)
    expect(limiter.size).toBe(100)
    time.advance(1000)
    limiter.take('fresh')
    expect(limiter.size).toBe(1)
  })
})

describe('rateLimitHeaders', () => {
  it('describes the policy, what is left and when it resets, and when to retry', () => {
    expect(
      rateLimitHeaders({ allowed: true, limit: 60, remaining: 59, resetSeconds: 60 }, 60_000),
    ).toEqual({
      'ratelimit-policy': '60;w=60',
      'ratelimit-limit': '60',
      'ratelimit-remaining': '59',
      'ratelimit-reset': '60',
    })
    expect(
      rateLimitHeaders({ allowed: false, limit: 5, remaining: 0, resetSeconds: 1200 }, 3_600_000),
    ).toMatchObject({ 'retry-after': '1200', 'ratelimit-policy': '5;w=3600' })
  })
})

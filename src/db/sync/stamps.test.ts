import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HybridClock, isStamp, stampTime } from './stamps.ts'

describe('HybridClock', () => {
  it('makes stamps that sort in the order they were made, even when the clock stands still', () => {
    const clock = new HybridClock('node', () => 1_000)
    const stamps = Array.from({ length: 500 }, () => clock.stamp())
    expect([...stamps].sort()).toEqual(stamps)
    expect(new Set(stamps).size).toBe(500)
    expect(stamps.every(isStamp)).toBe(true)
  })

  it('never goes backwards when the device clock does', () => {
    let now = 5_000
    const clock = new HybridClock('node', () => now)
    const first = clock.stamp()
    now = 1_000
    expect(clock.stamp() > first).toBe(true)
  })

  it('stamps after what it has seen, so a slow device clock cannot lose to older changes', () => {
    const dayAhead = new HybridClock('ahead', () => 86_400_000 + 10)
    const behind = new HybridClock('behind', () => 10)
    const remote = dayAhead.stamp()
    behind.observe(remote)
    const local = behind.stamp()
    expect(local > remote).toBe(true)
    expect(stampTime(local)).toBe(stampTime(remote))
  })

  it('stamps after a stamp seen from the same millisecond with a higher counter', () => {
    const busy = new HybridClock('busy', () => 7_000)
    const seen = [busy.stamp(), busy.stamp(), busy.stamp(), busy.stamp()].at(-1)!
    const other = new HybridClock('zzother', () => 7_000)
    other.stamp()
    other.observe(seen)
    expect(other.stamp() > seen).toBe(true)
  })

  it('takes the server time when it is later', () => {
    const clock = new HybridClock('node', () => 10)
    clock.observe(50_000)
    expect(stampTime(clock.stamp())).toBe(50_000)
  })

  it('orders by time first for any times and counters', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 45), fc.nat(2 ** 45), (a, b) => {
        fc.pre(a !== b)
        const x = new HybridClock('x', () => a).stamp()
        const y = new HybridClock('y', () => b).stamp()
        return x < y === a < b
      }),
    )
  })
})

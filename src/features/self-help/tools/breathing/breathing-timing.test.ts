import { describe, expect, it } from 'vitest'
import {
  breathSeconds,
  breathsFor,
  elapsedOn,
  findPace,
  momentAt,
  msUntilNextCount,
  pauseWatch,
  resumeWatch,
  sessionMs,
  startWatch,
} from './breathing-timing.ts'

const gentle = findPace('gentle')
const slow = findPace('slow')

describe('breathing paces', () => {
  it('always breathes out for longer than in', () => {
    for (const pace of [gentle, slow]) {
      const seconds = (phase: string) => pace.steps.find((step) => step.phase === phase)!.seconds
      expect(seconds('out')).toBeGreaterThan(seconds('in'))
    }
  })

  it('fits whole breaths into the minutes chosen', () => {
    expect(breathSeconds(gentle)).toBe(8)
    expect(breathSeconds(slow)).toBe(12)
    expect(breathsFor(slow, 1)).toBe(5)
    expect(breathsFor(gentle, 2)).toBe(15)
    expect(breathsFor(slow, 0.01)).toBe(1)
    expect(sessionMs(slow, 5)).toBe(60_000)
  })
})

describe('momentAt', () => {
  it('starts with breathing in, counting from 1', () => {
    expect(momentAt(0, slow, 5)).toEqual({
      done: false,
      breath: 1,
      stepIndex: 0,
      phase: 'in',
      count: 1,
      stepSeconds: 4,
    })
  })

  it('counts up within a step and moves on at its end', () => {
    expect(momentAt(3_999, slow, 5)).toMatchObject({ phase: 'in', count: 4 })
    expect(momentAt(4_000, slow, 5)).toMatchObject({ phase: 'hold', count: 1, stepSeconds: 2 })
    expect(momentAt(6_000, slow, 5)).toMatchObject({ phase: 'out', count: 1, stepSeconds: 6 })
    expect(momentAt(11_999, slow, 5)).toMatchObject({ phase: 'out', count: 6, breath: 1 })
  })

  it('starts the next breath after the last step', () => {
    expect(momentAt(12_000, slow, 5)).toMatchObject({ phase: 'in', count: 1, breath: 2 })
    expect(momentAt(8_500, gentle, 3)).toMatchObject({ phase: 'in', count: 1, breath: 2 })
  })

  it('is done when the last breath ends', () => {
    expect(momentAt(23_999, gentle, 3)).toMatchObject({ done: false, phase: 'out', breath: 3 })
    expect(momentAt(24_000, gentle, 3)).toEqual({ done: true })
    expect(momentAt(99_000, gentle, 3)).toEqual({ done: true })
  })

  it('treats a time before the start as the start', () => {
    expect(momentAt(-50, gentle, 3)).toMatchObject({ phase: 'in', count: 1, breath: 1 })
  })
})

describe('msUntilNextCount', () => {
  it('waits until the next whole second', () => {
    expect(msUntilNextCount(0)).toBe(1000)
    expect(msUntilNextCount(2_250)).toBe(750)
    expect(msUntilNextCount(2_999)).toBe(1)
  })
})

describe('stopwatch', () => {
  it('does not count time while paused', () => {
    let watch = startWatch(1_000)
    expect(elapsedOn(watch, 3_500)).toBe(2_500)
    watch = pauseWatch(watch, 3_500)
    expect(elapsedOn(watch, 60_000)).toBe(2_500)
    watch = resumeWatch(watch, 60_000)
    expect(elapsedOn(watch, 61_000)).toBe(3_500)
  })

  it('ignores a second resume', () => {
    const watch = resumeWatch(startWatch(0), 5_000)
    expect(elapsedOn(watch, 6_000)).toBe(6_000)
  })
})

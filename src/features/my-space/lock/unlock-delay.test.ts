import { afterEach, describe, expect, it } from 'vitest'
import { noteRightPasscode, noteWrongPasscode, unlockDelayMs, waitLeft } from './unlock-delay.ts'

describe('the wait after wrong passcodes', () => {
  afterEach(() => {
    noteRightPasscode()
  })

  it('lets the first few mistakes go, then grows, and never locks anyone out', () => {
    expect([0, 1, 2].map(unlockDelayMs)).toEqual([0, 0, 0])
    expect([3, 4, 5, 6, 7].map(unlockDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000])
    expect(unlockDelayMs(8)).toBe(30_000)
    expect(unlockDelayMs(1_000)).toBe(30_000)
  })

  it('counts wrong tries until a right one', () => {
    const now = 1_000_000
    expect(noteWrongPasscode(now)).toBe(0)
    expect(noteWrongPasscode(now)).toBe(0)
    expect(waitLeft(now)).toBe(0)
    expect(noteWrongPasscode(now)).toBe(1_000)
    expect(waitLeft(now + 400)).toBe(600)
    expect(noteWrongPasscode(now)).toBe(2_000)
    noteRightPasscode()
    expect(waitLeft(now)).toBe(0)
    expect(noteWrongPasscode(now)).toBe(0)
  })
})

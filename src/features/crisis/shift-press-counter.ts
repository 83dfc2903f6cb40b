/** GOV.UK "Exit this page": Shift pressed this many times, each within the window of the last. */
export const PRESSES_TO_EXIT = 3
export const PRESS_WINDOW_MS = 5000

export type ShiftCounterEvent =
  | { type: 'progress'; presses: number; remaining: number }
  | { type: 'exit' }
  | { type: 'expired' }
  | { type: 'reset' }

/**
 * Counts lone Shift presses. Any other key in between starts again, so typing capital letters
 * never exits by accident. Time is passed in so the rule can be tested without waiting.
 */
export class ShiftPressCounter {
  private presses = 0
  private lastPressAt = 0

  handleKey(key: string, at: number, isRepeat = false): ShiftCounterEvent | undefined {
    if (key !== 'Shift') {
      if (this.presses === 0) return undefined
      this.presses = 0
      return { type: 'reset' }
    }
    if (isRepeat) return undefined
    if (this.presses > 0 && at - this.lastPressAt > PRESS_WINDOW_MS) this.presses = 0
    this.presses += 1
    this.lastPressAt = at
    if (this.presses >= PRESSES_TO_EXIT) {
      this.presses = 0
      return { type: 'exit' }
    }
    return { type: 'progress', presses: this.presses, remaining: PRESSES_TO_EXIT - this.presses }
  }

  /** Called when the window has passed with no new press. */
  expire(at: number): ShiftCounterEvent | undefined {
    if (this.presses === 0 || at - this.lastPressAt < PRESS_WINDOW_MS) return undefined
    this.presses = 0
    return { type: 'expired' }
  }

  get count(): number {
    return this.presses
  }
}

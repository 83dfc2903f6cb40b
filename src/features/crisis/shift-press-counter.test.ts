import { describe, expect, it } from 'vitest'
import { ShiftPressCounter } from './shift-press-counter.ts'

describe('ShiftPressCounter', () => {
  it('exits on the third Shift press within five seconds of the last', () => {
    const counter = new ShiftPressCounter()
    expect(counter.handleKey('Shift', 0)).toEqual({ type: 'progress', presses: 1, remaining: 2 })
    expect(counter.handleKey('Shift', 4000)).toEqual({ type: 'progress', presses: 2, remaining: 1 })
    expect(counter.handleKey('Shift', 8900)).toEqual({ type: 'exit' })
  })

  it('starts again when more than five seconds pass between presses', () => {
    const counter = new ShiftPressCounter()
    counter.handleKey('Shift', 0)
    counter.handleKey('Shift', 1000)
    expect(counter.handleKey('Shift', 6100)).toEqual({
      type: 'progress',
      presses: 1,
      remaining: 2,
    })
  })

  it('reports expiry only after the window has passed', () => {
    const counter = new ShiftPressCounter()
    counter.handleKey('Shift', 0)
    expect(counter.expire(4999)).toBeUndefined()
    expect(counter.expire(5000)).toEqual({ type: 'expired' })
    expect(counter.count).toBe(0)
  })

  it('does not count Shift used to type capital letters', () => {
    const counter = new ShiftPressCounter()
    counter.handleKey('Shift', 0)
    expect(counter.handleKey('A', 10)).toEqual({ type: 'reset' })
    counter.handleKey('Shift', 20)
    counter.handleKey('B', 30)
    counter.handleKey('Shift', 40)
    expect(counter.count).toBe(1)
  })

  it('ignores a held-down Shift key repeating', () => {
    const counter = new ShiftPressCounter()
    counter.handleKey('Shift', 0)
    expect(counter.handleKey('Shift', 30, true)).toBeUndefined()
    expect(counter.handleKey('Shift', 60, true)).toBeUndefined()
    expect(counter.count).toBe(1)
  })
})

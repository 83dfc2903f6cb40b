import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './after-first-paint.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('afterFirstPaint', () => {
  it('runs the task once, after a frame', async () => {
    const task = vi.fn()
    afterFirstPaint(task)
    expect(task).not.toHaveBeenCalled()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(task).toHaveBeenCalledOnce()
  })

  it('still runs when frames never come (a background tab)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.stubGlobal('requestAnimationFrame', () => 0)
    const task = vi.fn()
    afterFirstPaint(task, 200)
    vi.advanceTimersByTime(199)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledOnce()
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './after-first-paint.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

type PaintListener = (list: { getEntriesByName(name: string): unknown[] }) => void

/** A browser that reports paint entries: the test says when the first contentful paint happens. */
function reportPaints() {
  const observers: { listener: PaintListener; observing: boolean }[] = []
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint']
    private readonly entry: { listener: PaintListener; observing: boolean }
    constructor(listener: PaintListener) {
      this.entry = { listener, observing: false }
      observers.push(this.entry)
    }
    observe() {
      this.entry.observing = true
    }
    disconnect() {
      this.entry.observing = false
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  const deliver = (names: string[]) => {
    for (const { listener, observing } of observers) {
      if (!observing) continue
      listener({ getEntriesByName: (name) => names.filter((n) => n === name) })
    }
  }
  return { paint: (name: string) => deliver([name]), observers }
}

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint the browser reports, then runs the task once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const browser = reportPaints()
    const task = vi.fn()
    afterFirstPaint(task)
    browser.paint('first-paint')
    vi.advanceTimersByTime(10)
    expect(task).not.toHaveBeenCalled()
    browser.paint('first-contentful-paint')
    vi.advanceTimersByTime(0)
    expect(task).toHaveBeenCalledOnce()
    // The fallback timer and any later entry change nothing.
    vi.advanceTimersByTime(5000)
    expect(task).toHaveBeenCalledOnce()
    expect(browser.observers.every((observer) => !observer.observing)).toBe(true)
  })

  it('runs after a frame where paints are not reported', async () => {
    vi.stubGlobal('PerformanceObserver', undefined)
    const frame = vi.spyOn(window, 'requestAnimationFrame')
    const task = vi.fn()
    afterFirstPaint(task)
    expect(frame).toHaveBeenCalledOnce()
    expect(task).not.toHaveBeenCalled()
    frame.mock.calls[0]?.[0](0)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(task).toHaveBeenCalledOnce()
  })

  it('still runs when no paint comes, after the fallback time', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    reportPaints()
    const task = vi.fn()
    afterFirstPaint(task, 200)
    vi.advanceTimersByTime(199)
    expect(task).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(task).toHaveBeenCalledOnce()
  })

  it('does not wait in a background tab, which draws nothing', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    reportPaints()
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const task = vi.fn()
    afterFirstPaint(task)
    vi.advanceTimersByTime(0)
    expect(task).toHaveBeenCalledOnce()
  })
})

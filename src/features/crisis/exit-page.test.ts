import { afterEach, describe, expect, it, vi } from 'vitest'
import { coverPage, exitPage, harbourHistoryDepth, uncoverPage } from './exit-page.ts'

afterEach(() => uncoverPage())

describe('harbourHistoryDepth', () => {
  it('reads the router index from history state', () => {
    expect(harbourHistoryDepth({ idx: 3, key: 'x' })).toBe(3)
    expect(harbourHistoryDepth({ idx: 0 })).toBe(0)
    expect(harbourHistoryDepth(null)).toBe(0)
    expect(harbourHistoryDepth({ idx: 'two' })).toBe(0)
  })
})

describe('coverPage', () => {
  it('covers the page once, however often it is called', () => {
    coverPage()
    coverPage()
    expect(document.documentElement).toHaveClass('is-exiting')
    expect(document.querySelectorAll('#quick-exit-cover')).toHaveLength(1)
  })
})

function fakeWindow(state: unknown) {
  const listeners: Record<string, () => void> = {}
  return {
    document,
    history: { state, go: vi.fn(() => listeners.popstate?.()) },
    location: { replace: vi.fn() },
    addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
    setTimeout: vi.fn(),
  }
}

describe('exitPage', () => {
  it('replaces the current entry when Harbour has only one', () => {
    const win = fakeWindow({ idx: 0 })
    exitPage('https://neutral.example.org/', win as unknown as Window)
    expect(win.history.go).not.toHaveBeenCalled()
    expect(win.location.replace).toHaveBeenCalledWith('https://neutral.example.org/')
    expect(document.documentElement).toHaveClass('is-exiting')
  })

  it('steps back to the first Harbour entry before replacing it', () => {
    const win = fakeWindow({ idx: 2 })
    exitPage('https://neutral.example.org/', win as unknown as Window)
    expect(win.history.go).toHaveBeenCalledWith(-2)
    expect(win.location.replace).toHaveBeenCalledTimes(1)
  })
})

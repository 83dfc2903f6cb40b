import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useReducedMotion } from './use-reduced-motion.ts'

function Probe() {
  return <p>{useReducedMotion() ? 'still' : 'moving'}</p>
}

function fakeMatchMedia(matches: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  )
}

describe('useReducedMotion', () => {
  afterEach(() => {
    delete document.documentElement.dataset.motion
    vi.unstubAllGlobals()
  })

  it('allows motion when nothing asks for less', () => {
    render(<Probe />)
    expect(screen.getByText('moving')).toBeInTheDocument()
  })

  it("follows the device's reduced motion setting", () => {
    fakeMatchMedia(true)
    render(<Probe />)
    expect(screen.getByText('still')).toBeInTheDocument()
  })

  it("follows Harbour's own motion setting, also when it changes", async () => {
    fakeMatchMedia(false)
    render(<Probe />)
    expect(screen.getByText('moving')).toBeInTheDocument()
    await act(async () => {
      document.documentElement.dataset.motion = 'reduce'
    })
    expect(screen.getByText('still')).toBeInTheDocument()
  })
})

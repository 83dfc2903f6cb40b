import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderTool } from '../test-render.tsx'
import { BreathingTool } from './breathing-tool.tsx'

function setup() {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
  const view = renderTool(<BreathingTool />)
  return { user, view }
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))
// The spoken words live in the one status region; the count beside them is not spoken.
const words = () => screen.getByRole('status')

describe('BreathingTool', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // Testing Library only notices Jest's fake timers; without this it waits forever on a
    // setTimeout that Vitest has faked.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    delete document.documentElement.dataset.motion
  })

  it('introduces itself with one heading, what is kept and a way to help', () => {
    setup()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByText(/Nothing is saved/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })

  it('guides each breath, counting, and speaks only when the step changes', async () => {
    const { user } = setup()
    const live = words()
    expect(live).toHaveAttribute('aria-live', 'polite')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(live).toHaveTextContent('Breathe in… for 3')
    expect(screen.getByText('1')).toBeInTheDocument()
    expect(screen.getByText(/Breath 1 of 15/)).toBeInTheDocument()

    await wait(1000)
    expect(screen.getByText('2')).toBeInTheDocument()
    expect(live).toHaveTextContent('Breathe in… for 3')

    await wait(2000)
    expect(live).toHaveTextContent('Breathe out… for 5')
    expect(screen.getByText('1')).toBeInTheDocument()
    // The count is for eyes only; a screen reader would hear it every second otherwise.
    expect(screen.getByText('1')).toHaveAttribute('aria-hidden', 'true')
  })

  it('pauses everything, timers and animation, and resumes where it was', async () => {
    const { user, view } = setup()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await wait(4000)
    expect(words()).toHaveTextContent('Breathe out')
    expect(screen.getByText('2')).toBeInTheDocument()

    const shape = view.container.querySelector<HTMLElement>('.breathing-shape')!
    expect(shape.dataset.phase).toBe('out')
    expect(shape.style.getPropertyValue('--breath-step')).toBe('5s')
    expect(shape).not.toHaveAttribute('style', expect.stringContaining('animation'))

    await user.click(screen.getByRole('button', { name: 'Pause' }))
    expect(words()).toHaveTextContent('Paused.')
    expect(view.container.querySelector('.breathing-shape')).toHaveClass('is-paused')
    expect(vi.getTimerCount()).toBe(0)
    await wait(30_000)
    expect(screen.getByText('2')).toBeInTheDocument()

    const resume = screen.getByRole('button', { name: 'Resume' })
    expect(resume).toHaveFocus()
    await user.click(resume)
    expect(view.container.querySelector('.breathing-shape')).not.toHaveClass('is-paused')
    expect(words()).toHaveTextContent('Breathe out')
    await wait(1000)
    expect(screen.getByText('3')).toBeInTheDocument()
  })

  it('stops and goes back to the choices', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(screen.queryByRole('group', { name: 'Pace' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Stop' }))
    expect(screen.getByRole('group', { name: 'Pace' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('uses the pace and length chosen, and ends kindly', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('radio', { name: /Slower: in for 4, hold for 2/ }))
    await user.click(screen.getByRole('radio', { name: /^1 minute/ }))
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(screen.getByText(/Breath 1 of 5/)).toBeInTheDocument()
    await wait(4000)
    expect(words()).toHaveTextContent('Hold gently… for 2')
    await wait(56_000)
    expect(words()).toHaveTextContent('All done.')
    expect(screen.getByText(/That’s the end/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument()
  })

  it('shows a still step list instead of the moving shape when motion is reduced', async () => {
    document.documentElement.dataset.motion = 'reduce'
    const { user, view } = setup()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(view.container.querySelector('.breathing-shape')).toBeNull()
    const steps = screen.getByRole('list', { name: 'The steps of one breath' })
    expect(steps).toBeInTheDocument()
    expect(screen.getByText('Breathe in for 3')).toHaveAttribute('aria-current', 'step')
    await wait(3000)
    expect(screen.getByText('Breathe out for 5')).toHaveAttribute('aria-current', 'step')
    expect(screen.getByText('Breathe in for 3')).not.toHaveAttribute('aria-current')
  })
})

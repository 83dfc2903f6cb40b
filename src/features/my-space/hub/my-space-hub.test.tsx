import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addCheckIn } from '../../../db/check-ins.ts'
import { seedCheckIns } from '../history/test-check-ins.ts'
import { MySpaceHub } from './my-space-hub.tsx'
import { createTestDatabase } from '../../../db/test-harness.ts'

function renderHub() {
  return render(
    <MemoryRouter>
      <MySpaceHub />
    </MemoryRouter>,
  )
}

describe('MySpaceHub', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-06-18T12:00:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says everything stays on this device, and leads to every part of My space', () => {
    renderHub()
    expect(screen.getByRole('heading', { level: 1, name: 'My space' })).toBeVisible()
    expect(screen.getByText(/Everything here stays on this device/)).toBeVisible()
    const parts = within(screen.getByRole('list', { name: 'In My space' }))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')])
    expect(parts).toEqual([
      ['Your check-ins', '/my-space/history'],
      ['Goals', '/my-space/goals'],
      ['Safety plan', '/my-space/safety-plan'],
      ['About me', '/my-space/about-me'],
      ['Saved', '/my-space/saved'],
      ['Your data', '/my-space/your-data'],
      ['Passcode lock', '/my-space/lock'],
    ])
  })

  it('invites a first check-in kindly when there are none', async () => {
    renderHub()
    expect(
      // The glance's code loads on demand: the first time, that can take a moment.
      await screen.findByRole(
        'heading',
        { name: 'Your check-ins will show here' },
        { timeout: 5000 },
      ),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Check in' })).toHaveAttribute('href', '/check-in')
  })

  it('shows the last four weeks as a picture, with no counting or pressure', async () => {
    await seedCheckIns([
      ['2025-05-26', 4],
      ['2025-06-10', 2],
      ['2025-06-17', 5],
    ])
    // Later the same day: the day shows this one.
    await addCheckIn({
      mood: 3,
      feelings: [],
      happenings: [],
      at: new Date('2025-06-17T21:30:00').toISOString(),
    })
    renderHub()
    expect(
      await screen.findByRole(
        'img',
        {
          name: 'The last four weeks: Good on 1 day, Okay on 1 day, Low on 1 day. Each day shows that day’s latest check-in.',
        },
        { timeout: 5000 },
      ),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'See all your check-ins' })).toHaveAttribute(
      'href',
      '/my-space/history',
    )
    expect(document.body).not.toHaveTextContent(/streak|in a row|haven.t checked in|missed/i)
  })

  it('shows no glance and no invitation when the check-ins are all older', async () => {
    await seedCheckIns([['2025-01-02', 4]])
    renderHub()
    // Wait for the read to finish: the invitation would have shown by now if there were none.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Your check-ins will show here' })).toBeNull()
  })
})

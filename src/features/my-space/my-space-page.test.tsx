import { render, screen } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../db/test-harness.ts'
import { MySpacePage } from './my-space-page.tsx'

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/my-space/*" element={<MySpacePage />} />
      </Routes>
    </MemoryRouter>,
  )
}

describe('MySpacePage', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('shows the front page of My space at once, without waiting for other code', () => {
    renderAt('/my-space')
    expect(screen.getByRole('heading', { level: 1, name: 'My space' })).toBeVisible()
  })

  it.each([
    ['/my-space/history', 'Your check-ins'],
    ['/my-space/history/some-id', 'Change a check-in'],
    ['/my-space/goals', 'Goals'],
    ['/my-space/saved', 'Saved'],
  ])('loads %s when it is opened', async (path, heading) => {
    renderAt(path)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
  })

  it('answers a part of My space that does not exist kindly, with a way back', () => {
    renderAt('/my-space/not-a-page')
    expect(
      screen.getByRole('heading', { level: 1, name: 'We can’t find that part of My space' }),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to My space' })).toHaveAttribute(
      'href',
      '/my-space',
    )
  })
})

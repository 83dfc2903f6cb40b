import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LockedError } from '../../../db/lock/locked-error.ts'
import { lockNow } from '../../../db/lock/passcode-lock.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { LockGate } from './lock-gate.tsx'
import { lockedDevice, renderAt, TEST_PASSCODE } from './test-render.tsx'
import { noteRightPasscode } from './unlock-delay.ts'

const lockedHeading = () => screen.findByRole('heading', { level: 1, name: 'My space is locked' })

describe('the lock gate', () => {
  afterEach(() => {
    noteRightPasscode()
    vi.useRealTimers()
  })

  it.each([
    '/my-space/history',
    '/my-space/history/0b9d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4',
    '/my-space/goals',
    '/my-space/saved',
    '/my-space/safety-plan',
    '/my-space/about-me',
    '/my-space/your-data',
    '/my-space/lock',
  ])('asks for the passcode before showing %s, with help always in reach', async (path) => {
    await lockedDevice()
    renderAt(path)
    expect(await lockedHeading()).toBeVisible()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help')
    expect(screen.getByRole('link', { name: 'I’ve forgotten my passcode' })).toHaveAttribute(
      'href',
      '/my-space/forgotten-passcode',
    )
    const passcode = screen.getByLabelText('Passcode')
    expect(passcode).toHaveAttribute('type', 'password')
    expect(passcode).toHaveAttribute('autocomplete', 'current-password')
    expect(document.body).not.toHaveTextContent(/Maths test|Go to football|Exam stress|Not eating/)
  })

  it('says plainly when the passcode is wrong, then opens the page with the right one', async () => {
    await lockedDevice()
    const user = renderAt('/my-space/history')
    await lockedHeading()
    await user.type(screen.getByLabelText('Passcode'), 'not my code')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(
      await screen.findByText('That passcode didn’t work. Check it and try again.', {
        selector: '[role="status"]',
      }),
    ).toBeVisible()
    expect(screen.getByLabelText('Passcode')).toHaveValue('')
    expect(screen.getByLabelText('Passcode')).toHaveFocus()

    await user.type(screen.getByLabelText('Passcode'), TEST_PASSCODE)
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your check-ins' })
    await vi.waitFor(() => expect(heading).toHaveFocus())
  })

  it('asks for a short, growing wait after several wrong passcodes, and never locks out', async () => {
    await lockedDevice()
    const user = renderAt('/my-space/goals')
    await lockedHeading()
    const tryPasscode = async (passcode: string) => {
      await user.type(screen.getByLabelText('Passcode'), passcode)
      await user.click(screen.getByRole('button', { name: 'Unlock' }))
    }
    for (const attempt of [1, 2, 3]) {
      await tryPasscode(`wrong ${attempt}`)
      await screen.findByText(/didn’t work/, { selector: '.field-error' })
    }
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/Please wait 1 second/)
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveAttribute('aria-disabled', 'true')
    // Even the right passcode waits its turn…
    await tryPasscode(TEST_PASSCODE)
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/Please wait/)
    // …and works once the wait is over.
    await vi.waitFor(
      () =>
        expect(screen.getByRole('button', { name: 'Unlock' })).not.toHaveAttribute('aria-disabled'),
      { timeout: 3_000 },
    )
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Goals' })).toBeVisible()
  })

  it('locks an open page at once when "Lock now" is pressed', async () => {
    await lockedDevice()
    const user = renderAt('/my-space/saved')
    await lockedHeading()
    await user.type(screen.getByLabelText('Passcode'), TEST_PASSCODE)
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByText('Exam stress')).toBeVisible()
    act(() => lockNow())
    expect(await lockedHeading()).toBeVisible()
    expect(screen.queryByText('Exam stress')).toBeNull()
  })

  it('shows the unlock screen, not an error page, when a page meets a locked record', async () => {
    createTestDatabase()
    let locked = true
    function Page() {
      if (locked) throw new LockedError()
      return <h1>The page</h1>
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = renderAt(
      '/somewhere',
      <LockGate>
        <Page />
      </LockGate>,
    )
    expect(await lockedHeading()).toBeVisible()
    // The lock was turned off meanwhile (here, it never was on): any passcode lets it through.
    locked = false
    await user.type(screen.getByLabelText('Passcode'), 'anything')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByRole('heading', { name: 'The page' })).toBeVisible()
  })

  it('goes back to where it was asked from once unlocked', async () => {
    await lockedDevice()
    const user = renderAt('/my-space/unlock?next=%2Ftools%2Fworry-tree')
    await lockedHeading()
    await user.type(screen.getByLabelText('Passcode'), TEST_PASSCODE)
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    await vi.waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/tools/worry-tree'),
    )
  })

  it('passes straight through the unlock page when nothing is locked, never off the site', async () => {
    createTestDatabase()
    renderAt('/my-space/unlock?next=https%3A%2F%2Fexample.com')
    await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/my-space$/))
  })
})

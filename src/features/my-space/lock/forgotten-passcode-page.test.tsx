import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getLockState } from '../../../db/lock/lock-state.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { lockedDevice, renderAt } from './test-render.tsx'

describe('the forgotten passcode page', () => {
  it('is open while locked, and says kindly and clearly that the data cannot be recovered', async () => {
    await lockedDevice()
    renderAt('/my-space/forgotten-passcode')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'If you’ve forgotten your passcode' }),
    ).toBeVisible()
    expect(document.body).toHaveTextContent(/nobody can find it or reset it for you/)
    expect(document.body).toHaveTextContent(/the only way to use My space again is to start again/)
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help')
  })

  it('starts again only after a yes that looks no different from the no', async () => {
    const database = await lockedDevice()
    const user = renderAt('/my-space/forgotten-passcode')
    await user.click(await screen.findByRole('button', { name: 'Start again' }))
    const question = screen.getByRole('group', { name: /Delete everything in My space/ })
    expect(within(question).getByText(/can’t be brought back/)).toHaveFocus()
    const yes = within(question).getByRole('button', { name: 'Yes, delete everything' })
    const no = within(question).getByRole('button', { name: 'No, keep it' })
    expect(yes.className).toBe(no.className)

    await user.click(no)
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus()
    expect(await database.checkIns.count()).toBe(2)

    await user.click(screen.getByRole('button', { name: 'Start again' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }))
    expect(await screen.findByText(/Everything is deleted and the lock is off/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to My space' })).toHaveAttribute(
      'href',
      '/my-space',
    )
    for (const table of database.tables) expect(await table.count()).toBe(0)
    expect(getLockState()).toBe('off')
  })

  it('says there is nothing to unlock when the lock is off', async () => {
    createTestDatabase()
    renderAt('/my-space/forgotten-passcode')
    expect(await screen.findByText(/There is no passcode on this device right now/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull()
  })
})

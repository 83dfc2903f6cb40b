import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dumpDatabase, fillEveryTable } from '../../../db/backup/backup-test-data.ts'
import { readLockRecord } from '../../../db/lock/lock-record.ts'
import { turnLockOn } from '../../../db/lock/passcode-lock.ts'
import { FAST_ITERATIONS } from '../../../db/lock/test-lock.ts'
import type { HarbourDatabase } from '../../../db/schema.ts'
import { PERSONAL_TABLES } from '../../../db/sealing.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { PASSCODE_ITERATIONS } from '../../../lib/crypto/passcode-key.ts'
import { renderAt, TEST_PASSCODE } from './test-render.tsx'
import { noteRightPasscode } from './unlock-delay.ts'

async function everyRowSealed(database: HarbourDatabase): Promise<boolean> {
  for (const table of PERSONAL_TABLES) {
    for (const row of await database.table(table).toArray()) if (!('sealed' in row)) return false
  }
  return true
}

const status = () => screen.getAllByRole('status')[0]!

describe('the passcode lock settings page', () => {
  let database: HarbourDatabase
  beforeEach(async () => {
    database = createTestDatabase()
    await fillEveryTable(database)
  })
  afterEach(() => {
    noteRightPasscode()
    vi.restoreAllMocks()
  })

  it('explains plainly what the lock does and does not do, before anything is chosen', async () => {
    renderAt('/my-space/lock')
    expect(await screen.findByRole('heading', { level: 1, name: 'Passcode lock' })).toBeVisible()
    const page = document.body
    expect(page).toHaveTextContent(/only you can open it on this device/)
    expect(page).toHaveTextContent(/Get help now is never locked/)
    expect(page).toHaveTextContent(/If you forget your passcode, nobody can open My space again/)
    expect(page).toHaveTextContent(/delete everything in it and start again/)
    expect(page).toHaveTextContent(/can’t stop someone who watches you type your passcode/)
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help')

    const passcode = screen.getByLabelText('Passcode')
    const again = screen.getByLabelText('Type it again')
    for (const field of [passcode, again]) {
      expect(field).toHaveAttribute('type', 'password')
      expect(field).toHaveAttribute('autocomplete', 'new-password')
    }
    expect(passcode).toHaveAccessibleDescription(/At least 4/)
  })

  it('shows what is typed only when asked, and checks the passcode before locking', async () => {
    const user = renderAt('/my-space/lock')
    const passcode = await screen.findByLabelText('Passcode')
    await user.click(screen.getByRole('checkbox', { name: 'Show the passcodes as I type' }))
    expect(passcode).toHaveAttribute('type', 'text')
    expect(screen.getByLabelText('Type it again')).toHaveAttribute('type', 'text')

    await user.type(passcode, 'abc')
    await user.click(screen.getByRole('button', { name: 'Turn the lock on' }))
    expect(passcode).toHaveAccessibleDescription(/needs at least 4 characters/)
    expect(passcode).toHaveFocus()

    await user.type(passcode, 'd')
    await user.type(screen.getByLabelText('Type it again'), 'abcx')
    await user.click(screen.getByRole('button', { name: 'Turn the lock on' }))
    expect(screen.getByLabelText('Type it again')).toHaveAccessibleDescription(/not the same/)
    expect(await readLockRecord(database)).toBeUndefined()
  })

  it('turns the lock on with the full key strength, saying it takes a moment', async () => {
    const before = await dumpDatabase(database)
    const user = renderAt('/my-space/lock')
    await user.type(await screen.findByLabelText('Passcode'), TEST_PASSCODE)
    await user.type(screen.getByLabelText('Type it again'), TEST_PASSCODE)
    await user.click(screen.getByRole('button', { name: 'Turn the lock on' }))
    expect(status()).toHaveTextContent('Locking… This can take a few seconds.')

    expect(await screen.findByText(/The lock is on/, {}, { timeout: 10_000 })).toBeVisible()
    // The page shows the lock as on from the saved record, a moment before the form hears back.
    await waitFor(() =>
      expect(status()).toHaveTextContent(/Done. My space is locked with your passcode/),
    )
    expect((await readLockRecord(database))?.iterations).toBe(PASSCODE_ITERATIONS)
    expect(await everyRowSealed(database)).toBe(true)
    expect(await dumpDatabase(database)).not.toBe(before)
  })

  it('locks now, unlocks with the passcode, and turns the lock off again', async () => {
    const before = await dumpDatabase(database)
    await turnLockOn(TEST_PASSCODE, { iterations: FAST_ITERATIONS })
    const user = renderAt('/my-space/lock')
    await user.click(await screen.findByRole('button', { name: 'Lock now' }))

    expect(screen.getByRole('heading', { level: 1, name: 'My space is locked' })).toBeVisible()
    await user.type(screen.getByLabelText('Passcode'), TEST_PASSCODE)
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Passcode lock' })).toBeVisible()

    const off = within(screen.getByRole('region', { name: 'Turn the lock off' }))
    await user.click(off.getByRole('button', { name: 'Turn the lock off' }))
    expect(off.getByLabelText('Your passcode')).toHaveAccessibleDescription('Type your passcode.')
    await user.type(off.getByLabelText('Your passcode'), 'not it')
    await user.click(off.getByRole('button', { name: 'Turn the lock off' }))
    expect(await off.findByText(/didn’t work/, { selector: '.field-error' })).toBeVisible()
    expect(await readLockRecord(database)).toBeDefined()

    await user.clear(off.getByLabelText('Your passcode'))
    await user.type(off.getByLabelText('Your passcode'), TEST_PASSCODE)
    await user.click(off.getByRole('button', { name: 'Turn the lock off' }))
    expect(await screen.findByRole('button', { name: 'Turn the lock on' })).toBeVisible()
    await waitFor(() =>
      expect(status()).toHaveTextContent(/The lock is off. Everything in My space is still here/),
    )
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('changes the passcode after checking the one in use now', async () => {
    await turnLockOn(TEST_PASSCODE, { iterations: FAST_ITERATIONS })
    const oldSalt = (await readLockRecord(database))?.salt
    const user = renderAt('/my-space/lock')
    const change = within(await screen.findByRole('region', { name: 'Change your passcode' }))
    await user.type(change.getByLabelText('Your passcode now'), 'wrong one')
    await user.type(change.getByLabelText('New passcode'), 'new code 42')
    await user.type(change.getByLabelText('Type the new passcode again'), 'new code 42')
    await user.click(change.getByRole('button', { name: 'Change passcode' }))
    expect(await change.findByText(/didn’t work/, { selector: '.field-error' })).toBeVisible()
    expect((await readLockRecord(database))?.salt).toBe(oldSalt)

    await user.clear(change.getByLabelText('Your passcode now'))
    await user.type(change.getByLabelText('Your passcode now'), TEST_PASSCODE)
    await user.click(change.getByRole('button', { name: 'Change passcode' }))
    expect(await screen.findByText(/Your new passcode is the one to use/)).toBeVisible()
    expect((await readLockRecord(database))?.salt).not.toBe(oldSalt)
    expect(await everyRowSealed(database)).toBe(true)
  })
})

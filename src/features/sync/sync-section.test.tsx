import { I18nProvider } from '@lingui/react'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { render as renderPure } from '@testing-library/react/pure'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { LockedError } from '../../db/lock/locked-error.ts'
import { forgetSync, isSyncOn, keepRecoveryKey } from '../../db/sync/sync-key.ts'
import { createTestDatabase } from '../../db/test-harness.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { generateRecoveryKey, groupRecoveryKey } from './engine/recovery-key.ts'
import * as runner from './engine/sync-runner.ts'
import { setSyncStatus } from './engine/sync-status.ts'
import { SyncSection } from './sync-section.tsx'

vi.mock('./engine/sync-runner.ts', () => ({
  turnOnSync: vi.fn(),
  joinWithRecoveryKey: vi.fn(),
  syncNow: vi.fn(async () => undefined),
  turnOffSync: vi.fn(),
  deleteSyncedData: vi.fn(),
  readRecoveryKeyForDisplay: vi.fn(),
  resumeSync: vi.fn(async () => undefined),
}))

const engine = vi.mocked(runner)

function renderSection() {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={['/settings']}>
      <SyncSection />
    </MemoryRouter>,
  )
  return user
}

async function turnSyncOnHere(key = generateRecoveryKey()) {
  await keepRecoveryKey(key)
  return key
}

const UNLOCK_HREF = '/my-space/unlock?next=%2Fsettings'

describe('SyncSection', () => {
  // The panel is loaded lazily; its first compile can outlast a query's wait.
  beforeAll(() => import('./sync-panel.tsx'))

  beforeEach(() => {
    createTestDatabase()
    vi.clearAllMocks()
    // The engine's real work, on this test's own database: enough for the screens to follow it.
    engine.turnOffSync.mockImplementation(() => forgetSync())
    act(() => setSyncStatus({ kind: 'starting' }))
  })
  afterEach(() => window.history.replaceState(null, '', '/'))

  describe('while sync is off', () => {
    it('explains what is sent and what a lost key means, with two equal ways to start', async () => {
      renderSection()
      expect(
        await screen.findByRole('heading', { name: 'Sync is off on this device' }),
      ).toBeVisible()
      expect(screen.getByText(/only locked boxes/)).toBeVisible()
      expect(screen.getByText(/the server can’t open them/)).toBeVisible()
      expect(screen.getByText(/No name, no email, no password/)).toBeVisible()
      expect(screen.getByText(/it can’t be got back/)).toBeVisible()
      const turnOn = screen.getByRole('button', { name: 'Turn on sync' })
      const haveKey = screen.getByRole('button', { name: 'I already have a recovery key' })
      expect(turnOn.className).toBe(haveKey.className)
      expect(engine.resumeSync).not.toHaveBeenCalled()
    })

    it('shows the heading and a sentence before the page is live, for the prerendered page', () => {
      renderSection()
      expect(
        screen.getByRole('heading', { level: 2, name: 'Sync between your devices' }),
      ).toBeVisible()
      expect(screen.getByText(/off unless you turn it on/)).toBeVisible()
    })
  })

  describe('turning sync on', () => {
    it('shows the new key in groups, to copy, save as a file or scan, then carries on', async () => {
      const key = generateRecoveryKey()
      engine.turnOnSync.mockImplementation(async () => {
        await keepRecoveryKey(key)
        return { ok: true, recoveryKey: key }
      })
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'Turn on sync' }))

      const heading = await screen.findByRole('heading', { name: /here is your recovery key/ })
      await waitFor(() => expect(heading).toHaveFocus())
      expect(screen.getByText(groupRecoveryKey(key))).toBeVisible()
      expect(groupRecoveryKey(key).split('-')).toHaveLength(7)
      expect(screen.getByText(/if it’s lost it can’t be sent to you again/)).toBeVisible()

      const writeText = vi.fn(async () => undefined)
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
      await user.click(screen.getByRole('button', { name: 'Copy' }))
      expect(writeText).toHaveBeenCalledWith(groupRecoveryKey(key))
      expect(await screen.findByText(/Copied your recovery key/)).toBeVisible()

      const saved: { name: string; blob: Blob }[] = []
      URL.createObjectURL = vi.fn((blob: Blob) => {
        saved.push({ name: '', blob })
        return 'blob:key'
      })
      URL.revokeObjectURL = vi.fn()
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        saved[saved.length - 1]!.name = this.download
      })
      await user.click(screen.getByRole('button', { name: 'Save as a file' }))
      click.mockRestore()
      expect(saved[0]?.name).toBe('harbour-recovery-key.txt')
      const fileText = await new Promise<string>((resolve) => {
        const reader = new FileReader()
        reader.onload = () => resolve(String(reader.result))
        reader.readAsText(saved[0]!.blob)
      })
      expect(fileText).toContain(groupRecoveryKey(key))
      expect(fileText).toMatch(/This key opens the things you sync with Harbour/)
      expect(screen.getByText(/Saved as a file called harbour-recovery-key.txt/)).toBeVisible()

      expect(screen.getByRole('img', { name: 'QR code of your recovery key' })).toBeVisible()

      await user.click(screen.getByRole('button', { name: 'I’ve saved it' }))
      const on = await screen.findByRole('heading', { name: 'Sync is on' })
      await waitFor(() => expect(on).toHaveFocus())
      expect(screen.getByText(/Sync is on. To use it on another device/)).toBeVisible()
      expect(screen.queryByText(groupRecoveryKey(key))).toBeNull()
    })

    it('says plainly when it could not, and that sync is still off', async () => {
      const user = renderSection()
      engine.turnOnSync.mockResolvedValueOnce({ ok: false, problem: 'offline' })
      await user.click(await screen.findByRole('button', { name: 'Turn on sync' }))
      expect(await screen.findByText(/You’re offline. Sync can be turned on when/)).toBeVisible()

      engine.turnOnSync.mockResolvedValueOnce({ ok: false, problem: 'server' })
      await user.click(screen.getByRole('button', { name: 'Turn on sync' }))
      expect(await screen.findByText(/couldn’t reach the sync server.*still off/)).toBeVisible()

      engine.turnOnSync.mockResolvedValueOnce({ ok: false, problem: 'locked' })
      await user.click(screen.getByRole('button', { name: 'Turn on sync' }))
      expect(await screen.findByText(/My space is locked. Unlock it first/)).toBeVisible()
      expect(screen.getByRole('link', { name: 'Unlock My space' })).toHaveAttribute(
        'href',
        UNLOCK_HREF,
      )
      expect(await isSyncOn()).toBe(false)
    })
  })

  describe('joining with a recovery key', () => {
    async function openJoin() {
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'I already have a recovery key' }))
      const field = screen.getByRole('textbox', { name: 'Recovery key' })
      return { user, field }
    }

    async function tryKey(
      user: ReturnType<typeof userEvent.setup>,
      field: HTMLElement,
      text: string,
    ) {
      await user.clear(field)
      if (text) await user.type(field, text)
      await user.click(screen.getByRole('button', { name: 'Use this key' }))
    }

    it('has a paste-friendly field with no autocomplete or spelling fixes', async () => {
      const { field } = await openJoin()
      await waitFor(() =>
        expect(screen.getByRole('heading', { name: 'Use your recovery key' })).toHaveFocus(),
      )
      expect(field).toHaveAttribute('autocomplete', 'off')
      expect(field).toHaveAttribute('spellcheck', 'false')
      expect(field).toHaveAccessibleDescription(/28 letters and numbers/)
    })

    it('explains each mistake in the key beside the field, without asking the server', async () => {
      const { user, field } = await openJoin()
      const key = generateRecoveryKey()

      await tryKey(user, field, '')
      expect(field).toHaveAccessibleDescription(/Type or paste your recovery key/)
      expect(field).toHaveAttribute('aria-invalid', 'true')
      expect(field).toHaveFocus()

      await tryKey(user, field, key.slice(0, 20))
      expect(field).toHaveAccessibleDescription(/has 28 letters and numbers, and this has 20/)

      await tryKey(user, field, `${key.slice(0, 27)}#`)
      expect(field).toHaveAccessibleDescription(/only has letters and numbers/)

      const slip = (key[0] === 'A' ? 'B' : 'A') + key.slice(1)
      await tryKey(user, field, slip)
      expect(field).toHaveAccessibleDescription(/a letter or number may be different/)

      expect(engine.joinWithRecoveryKey).not.toHaveBeenCalled()
    })

    it('says a key with no synced data matches nothing, and changes nothing', async () => {
      const { user, field } = await openJoin()
      engine.joinWithRecoveryKey.mockResolvedValueOnce({ ok: false, problem: 'no-match' })
      const key = generateRecoveryKey()
      await tryKey(user, field, groupRecoveryKey(key).toLowerCase())
      expect(engine.joinWithRecoveryKey).toHaveBeenCalledWith(key)
      expect(
        await screen.findByText(
          'This key doesn’t match any synced data. Nothing on this device was changed.',
        ),
      ).toBeVisible()
      expect(field).toHaveFocus()
      expect(await isSyncOn()).toBe(false)
    })

    it('says when the server or the lock is in the way', async () => {
      const { user, field } = await openJoin()
      const key = generateRecoveryKey()
      engine.joinWithRecoveryKey.mockResolvedValueOnce({ ok: false, problem: 'offline' })
      await tryKey(user, field, key)
      expect(
        await screen.findByText(/You’re offline.*Nothing on this device was changed/),
      ).toBeVisible()

      engine.joinWithRecoveryKey.mockResolvedValueOnce({ ok: false, problem: 'server' })
      await tryKey(user, field, key)
      expect(await screen.findByText(/couldn’t reach the sync server just now/)).toBeVisible()

      engine.joinWithRecoveryKey.mockResolvedValueOnce({ ok: false, problem: 'locked' })
      await tryKey(user, field, key)
      expect(await screen.findByText(/My space is locked. Unlock it first, then use/)).toBeVisible()
      expect(screen.getByRole('link', { name: 'Unlock My space' })).toHaveAttribute(
        'href',
        UNLOCK_HREF,
      )
      expect(field).not.toHaveAttribute('aria-invalid')
    })

    it('turns sync on with a key that matches, and says so', async () => {
      const { user, field } = await openJoin()
      engine.joinWithRecoveryKey.mockImplementationOnce(async (text) => {
        await keepRecoveryKey(text)
        return { ok: true }
      })
      await tryKey(user, field, generateRecoveryKey())
      const on = await screen.findByRole('heading', { name: 'Sync is on' })
      await waitFor(() => expect(on).toHaveFocus())
      expect(
        screen.getByText('Sync is on. Your synced things are coming onto this device.'),
      ).toBeVisible()
    })

    it('goes back without changing anything', async () => {
      const { user } = await openJoin()
      await user.click(screen.getByRole('button', { name: 'Go back' }))
      expect(
        await screen.findByRole('heading', { name: 'Sync is off on this device' }),
      ).toHaveFocus()
    })
  })

  describe('a key in the address, from a scanned QR code', () => {
    it('takes it out of the address at once and fills in the form, waiting for the person', async () => {
      const key = generateRecoveryKey()
      window.history.replaceState(null, '', `/settings?x=1#sync-key=${key}`)
      const user = renderSection()
      expect(window.location.hash).toBe('')
      expect(window.location.pathname + window.location.search).toBe('/settings?x=1')

      const field = await screen.findByRole('textbox', { name: 'Recovery key' })
      expect(field).toHaveValue(key)
      await waitFor(() =>
        expect(screen.getByRole('heading', { name: 'Use your recovery key' })).toHaveFocus(),
      )
      expect(screen.getByText(/filled in from the code you scanned/)).toBeVisible()
      expect(engine.joinWithRecoveryKey).not.toHaveBeenCalled()

      engine.joinWithRecoveryKey.mockResolvedValueOnce({ ok: false, problem: 'no-match' })
      await user.click(screen.getByRole('button', { name: 'Use this key' }))
      expect(engine.joinWithRecoveryKey).toHaveBeenCalledWith(key)
    })

    it('is not needed when sync is already on here, and says so', async () => {
      await turnSyncOnHere()
      window.history.replaceState(null, '', `/settings#sync-key=${generateRecoveryKey()}`)
      renderSection()
      expect(await screen.findByRole('heading', { name: 'Sync is on' })).toBeVisible()
      expect(screen.getByText(/the key from the code you scanned wasn’t needed/)).toBeVisible()
      expect(screen.queryByRole('textbox')).toBeNull()
      expect(window.location.hash).toBe('')
    })
  })

  describe('while sync is on', () => {
    it('shows how sync is doing, and syncs now when asked', async () => {
      await turnSyncOnHere()
      const user = renderSection()
      await screen.findByRole('heading', { name: 'Sync is on' })
      expect(engine.resumeSync).toHaveBeenCalled()
      act(() => setSyncStatus({ kind: 'offline', waiting: 1 }))
      expect(screen.getByText(/^Offline: your changes will sync when/)).toHaveAttribute(
        'role',
        'status',
      )
      await user.click(screen.getByRole('button', { name: 'Sync now' }))
      expect(engine.syncNow).toHaveBeenCalledTimes(1)
    })

    it('shows the recovery key again when asked, and hides it', async () => {
      const key = await turnSyncOnHere()
      engine.readRecoveryKeyForDisplay.mockResolvedValue(key)
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'Show my recovery key' }))
      expect(await screen.findByText(groupRecoveryKey(key))).toBeVisible()
      expect(screen.getByRole('img', { name: 'QR code of your recovery key' })).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Hide my recovery key' }))
      expect(screen.queryByText(groupRecoveryKey(key))).toBeNull()
    })

    it('says the key is locked with My space, with a way to unlock', async () => {
      await turnSyncOnHere()
      engine.readRecoveryKeyForDisplay.mockRejectedValue(new LockedError())
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'Show my recovery key' }))
      expect(await screen.findByText(/your recovery key is locked with it/)).toBeVisible()
      expect(screen.getByRole('link', { name: 'Unlock My space' })).toHaveAttribute(
        'href',
        UNLOCK_HREF,
      )
    })

    it('asks before turning sync off, with equal answers, and keeps the data here', async () => {
      await turnSyncOnHere()
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'Turn off sync…' }))
      const question = screen.getByText('Turn off sync on this device? Everything stays here.')
      expect(question).toHaveFocus()
      const group = screen.getByRole('group', { name: /Turn off sync on this device/ })
      const [yes, no] = within(group).getAllByRole('button')
      expect(yes).toHaveTextContent('Turn off sync')
      expect(no).toHaveTextContent('Keep sync on')
      expect(yes!.className).toBe(no!.className)

      await user.click(no!)
      expect(screen.getByRole('button', { name: 'Turn off sync…' })).toHaveFocus()
      expect(engine.turnOffSync).not.toHaveBeenCalled()

      await user.click(screen.getByRole('button', { name: 'Turn off sync…' }))
      await user.click(screen.getByRole('button', { name: 'Turn off sync' }))
      const off = await screen.findByRole('heading', { name: 'Sync is off on this device' })
      await waitFor(() => expect(off).toHaveFocus())
      expect(screen.getByText(/Sync is off on this device. Everything is still here/)).toBeVisible()
      expect(await isSyncOn()).toBe(false)
    })

    it('asks before deleting the synced data, then says plainly what happened', async () => {
      await turnSyncOnHere()
      engine.deleteSyncedData.mockImplementation(async () => {
        await forgetSync()
        return { ok: true }
      })
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'Delete my synced data…' }))
      expect(screen.getByText(/Delete your synced data from the server\?/)).toHaveFocus()
      await user.click(screen.getByRole('button', { name: 'Delete it from the server' }))
      expect(
        await screen.findByText(
          /deleted from the server, and sync is off on this device.*Other devices that used this key will stop syncing/,
        ),
      ).toBeVisible()
      expect(
        await screen.findByRole('heading', { name: 'Sync is off on this device' }),
      ).toBeVisible()
    })

    it('says nothing was deleted when the server could not be reached', async () => {
      await turnSyncOnHere()
      engine.deleteSyncedData.mockResolvedValue({ ok: false, problem: 'offline' })
      const user = renderSection()
      await user.click(await screen.findByRole('button', { name: 'Delete my synced data…' }))
      await user.click(screen.getByRole('button', { name: 'Delete it from the server' }))
      expect(await screen.findByText(/You’re offline, so nothing was deleted/)).toBeVisible()
      expect(screen.getByRole('heading', { name: 'Sync is on' })).toBeVisible()
      expect(screen.getByRole('button', { name: 'Delete my synced data…' })).toHaveFocus()
    })
  })
})

describe('SyncSection in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.clearAllMocks()
    act(() => setSyncStatus({ kind: 'starting' }))
  })

  it('explains sync and offers both ways to start in Welsh', async () => {
    renderPure(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter initialEntries={['/settings']}>
          <SyncSection />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(
      screen.getByRole('heading', { level: 2, name: 'Cysoni rhwng dy ddyfeisiau' }),
    ).toBeVisible()
    expect(
      await screen.findByRole('heading', { name: 'Mae cysoni wedi’i ddiffodd ar y ddyfais hon' }),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: 'Troi cysoni ymlaen' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Mae gen i allwedd adfer yn barod' })).toBeVisible()
  })
})

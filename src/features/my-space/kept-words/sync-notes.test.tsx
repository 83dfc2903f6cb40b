import { act, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { forgetSync, keepRecoveryKey } from '../../../db/sync/sync-key.ts'
import { KEPT_TEXT_TOOL } from '../../../db/sync/record-fields.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { saveToolEntry } from '../../../db/tool-entries.ts'
import { generateRecoveryKey } from '../../sync/engine/recovery-key.ts'
import { setSyncStatus } from '../../sync/engine/sync-status.ts'
import { SyncNotes } from './sync-notes.tsx'

function renderNotes() {
  return render(
    <MemoryRouter>
      <SyncNotes />
    </MemoryRouter>,
  )
}

describe('SyncNotes on My space', () => {
  beforeEach(() => {
    createTestDatabase()
    act(() => setSyncStatus({ kind: 'syncing' }))
  })

  it('shows nothing while sync is off and nothing was kept', async () => {
    const { container } = renderNotes()
    // Give the device time to answer.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(container).toBeEmptyDOMElement()
  })

  it('shows the quiet status line while sync is on, and goes when it is turned off', async () => {
    await keepRecoveryKey(generateRecoveryKey())
    renderNotes()
    expect(await screen.findByRole('status')).toHaveTextContent('Syncing…')
    expect(screen.getByRole('link', { name: 'Sync settings' })).toHaveAttribute('href', '/settings')
    await act(() => forgetSync())
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('counts words kept from another device, and links to them', async () => {
    await saveToolEntry(KEPT_TEXT_TOOL, {
      table: 'goals',
      recordId: 'g',
      field: 'title',
      text: 'A',
    })
    await saveToolEntry(KEPT_TEXT_TOOL, {
      table: 'goals',
      recordId: 'h',
      field: 'title',
      text: 'B',
    })
    renderNotes()
    expect(
      await screen.findByRole('heading', { name: 'Words kept from another device' }),
    ).toBeVisible()
    expect(screen.getByText(/^2 things you wrote were changed on two devices/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'See the kept words' })).toHaveAttribute(
      'href',
      '/my-space/kept-words',
    )
  })
})

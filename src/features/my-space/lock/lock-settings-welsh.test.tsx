import { I18nProvider } from '@lingui/react'
import { render, screen } from '@testing-library/react/pure'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { LockSettingsPage } from './lock-settings-page.tsx'

describe('the passcode lock settings page in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('explains the lock and says what is wrong with a passcode in Welsh', async () => {
    const user = userEvent.setup()
    render(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter>
          <LockSettingsPage />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Clo cod' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Beth mae’r clo yn ei wneud' })).toBeVisible()
    await user.type(screen.getByLabelText('Cod pas'), 'abc')
    await user.click(screen.getByRole('button', { name: 'Troi’r clo ymlaen' }))
    expect(screen.getByText('Mae angen o leiaf 4 nod ar dy god pas.')).toBeVisible()
  })
})

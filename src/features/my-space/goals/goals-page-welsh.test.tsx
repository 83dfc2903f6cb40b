import { I18nProvider } from '@lingui/react'
import { render, screen } from '@testing-library/react/pure'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { GoalsPage } from './goals-page.tsx'

describe('GoalsPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('shows the page and adds a goal in Welsh', async () => {
    const user = userEvent.setup()
    render(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter>
          <GoalsPage />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Nodau' })).toBeVisible()
    expect(await screen.findByRole('heading', { level: 2, name: 'Dy nodau' })).toBeVisible()
    await user.type(screen.getByRole('textbox', { name: 'Dy nod, yn dy eiriau dy hun' }), 'Cysgu')
    await user.click(screen.getByRole('button', { name: 'Ychwanegu’r nod hwn' }))
    expect(
      await screen.findByText('Wedi ychwanegu “Cysgu”. Wedi’i gadw ar y ddyfais hon.'),
    ).toBeVisible()
    // The list redraws from the database a moment after the message.
    expect(await screen.findByRole('button', { name: 'Dileu: Cysgu' })).toBeVisible()
  })
})

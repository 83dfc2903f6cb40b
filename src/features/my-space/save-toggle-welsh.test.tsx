import { I18nProvider } from '@lingui/react'
import { render, screen, waitFor } from '@testing-library/react/pure'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../db/test-harness.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { SaveToggle } from './save-toggle.tsx'

describe('SaveToggle in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('saves to My space and says so in Welsh', async () => {
    const user = userEvent.setup()
    render(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter>
          <SaveToggle kind="article" itemRef="feeling-low" title="Feeling low" />
        </MemoryRouter>
      </I18nProvider>,
    )
    const button = await screen.findByRole('button', { name: 'Cadw yn Fy lle i' })
    await waitFor(() => expect(button).toBeEnabled())
    await user.click(button)
    expect(await screen.findByRole('button', { name: 'Wedi’i gadw yn Fy lle i' })).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Wedi’i gadw yn Fy lle i. Mae’n aros ar y ddyfais hon.',
    )
  })
})

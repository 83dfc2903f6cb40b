import { I18nProvider } from '@lingui/react'
import { render, screen, within } from '@testing-library/react/pure'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { MySpaceHub } from './my-space-hub.tsx'

describe('MySpaceHub in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('names every part of My space in Welsh, and invites a first check-in in Welsh', async () => {
    render(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter>
          <MySpaceHub />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Fy lle i' })).toBeVisible()
    const parts = within(screen.getByRole('list', { name: 'Yn Fy lle i' })).getAllByRole('link')
    expect(parts.map((link) => link.textContent)).toContain('Clo cod')
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Bydd dy gofnodion yn dangos yma' },
        { timeout: 5000 },
      ),
    ).toBeVisible()
  })
})

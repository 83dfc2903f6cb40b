import { I18nProvider } from '@lingui/react'
import { render, screen } from '@testing-library/react/pure'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { QuickExitPage } from './quick-exit-page.tsx'

describe('QuickExitPage', () => {
  it('explains quick exit in Welsh on a Welsh page, with the link to help kept', () => {
    render(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter>
          <QuickExitPage />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sut mae gadael yn gyflym yn gweithio' }),
    ).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Dwy ffordd o adael' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'gael help nawr' })).toHaveAttribute('href', '/help')
  })
})

import { I18nProvider } from '@lingui/react'
import { render, screen } from '@testing-library/react'
import { render as renderPure } from '@testing-library/react/pure'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import area from 'virtual:harbour-area'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { resetPreferencesCache } from './preferences-store.ts'
import { SettingsPage } from './settings-page.tsx'

/** The test area's own languages, put back after each test that changes them. */
const areaLanguages = area.languages

function renderSettings() {
  return render(
    <MemoryRouter>
      <SettingsPage />
    </MemoryRouter>,
  )
}

describe('SettingsPage', () => {
  beforeEach(() => {
    localStorage.clear()
    resetPreferencesCache()
  })

  it('applies a theme at once and keeps it for the next visit', async () => {
    renderSettings()
    await userEvent.click(screen.getByRole('radio', { name: 'High contrast' }))
    expect(document.documentElement.dataset.theme).toBe('high-contrast')
    expect(JSON.parse(localStorage.getItem('harbour.preferences')!)).toMatchObject({
      theme: 'high-contrast',
    })
  })

  it('shows the stored choices when it opens again', async () => {
    localStorage.setItem(
      'harbour.preferences',
      JSON.stringify({ theme: 'dark', textSize: 'largest', motion: 'reduce' }),
    )
    renderSettings()
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Largest' })).toBeChecked()
    expect(screen.getByRole('radio', { name: /Reduce motion/ })).toBeChecked()
  })

  it('changes text size and motion from the keyboard', async () => {
    renderSettings()
    await userEvent.click(screen.getByRole('radio', { name: 'Standard' }))
    await userEvent.keyboard('{ArrowDown}')
    expect(document.documentElement.dataset.textSize).toBe('large')
    await userEvent.click(screen.getByRole('radio', { name: /Reduce motion/ }))
    expect(document.documentElement.dataset.motion).toBe('reduce')
  })

  describe('the language section', () => {
    afterEach(() => {
      area.languages = areaLanguages
    })

    it('is left out when the area offers one language', () => {
      area.languages = ['en']
      renderSettings()
      expect(screen.queryByRole('heading', { name: 'Language' })).toBeNull()
      expect(screen.queryByRole('link', { name: 'Cymraeg' })).toBeNull()
    })

    it('links to this page in the other language when the area offers two', () => {
      area.languages = ['en', 'cy']
      render(
        <MemoryRouter initialEntries={['/settings']}>
          <SettingsPage />
        </MemoryRouter>,
      )
      expect(screen.getByRole('heading', { name: 'Language' })).toBeVisible()
      expect(screen.getByRole('link', { name: 'Cymraeg' })).toHaveAttribute('href', '/cy/settings')
    })
  })

  it('speaks Welsh on a Welsh page', () => {
    area.languages = ['en', 'cy']
    try {
      renderPure(
        <I18nProvider i18n={i18nFor('cy')}>
          <MemoryRouter initialEntries={['/settings']}>
            <SettingsPage />
          </MemoryRouter>
        </I18nProvider>,
      )
    } finally {
      area.languages = areaLanguages
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Gosodiadau' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Maint y testun' })).toBeVisible()
    expect(screen.getByRole('radio', { name: 'Cyferbyniad uchel' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'English' })).toBeVisible()
  })
})

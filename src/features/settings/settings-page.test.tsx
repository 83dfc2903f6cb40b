import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetPreferencesCache } from './preferences-store.ts'
import { SettingsPage } from './settings-page.tsx'

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
})

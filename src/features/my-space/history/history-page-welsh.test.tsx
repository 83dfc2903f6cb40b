import { I18nProvider } from '@lingui/react'
import { render, screen } from '@testing-library/react/pure'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { HistoryPage } from './history-page.tsx'
import { seedCheckIns } from './test-check-ins.ts'

describe('HistoryPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-06-18T12:00:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('names the month, the sections and the table in Welsh, with Welsh dates', async () => {
    await seedCheckIns([['2025-06-10', 4]])
    render(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter initialEntries={['/my-space/history']}>
          <Routes>
            <Route path="/my-space/history" element={<HistoryPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Dy gofnodion' })).toBeVisible()
    expect(await screen.findByRole('img', { name: /^Mehefin 2025: / })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Mis wrth fis' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Sut mae pethau wedi bod' })).toBeVisible()
    expect(screen.getByRole('table', { name: 'Dy gofnodion ym mis Mehefin 2025' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Y mis blaenorol: Mai 2025' })).toBeVisible()
  })
})

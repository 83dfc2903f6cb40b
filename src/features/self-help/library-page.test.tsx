import { I18nProvider } from '@lingui/react'
import { render, screen } from '@testing-library/react'
import { render as renderPure } from '@testing-library/react/pure'
import { MemoryRouter } from 'react-router'
import { articles } from 'virtual:harbour-articles'
import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { LibraryPage } from './library-page.tsx'

describe('LibraryPage', () => {
  it('says how many articles it shows, with the tools first', async () => {
    render(
      <MemoryRouter initialEntries={['/self-help']}>
        <LibraryPage />
      </MemoryRouter>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Self-help' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'The worry tree' })).toHaveAttribute(
      'href',
      '/tools/worry-tree',
    )
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Showing ${articles.length} articles.`,
    )
  })

  it('is in Welsh, filters and status included, under /cy', async () => {
    renderPure(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter initialEntries={['/self-help?audience=parents']}>
          <LibraryPage />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Hunangymorth' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Anadlu i deimlo’n dawelach' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Chwilio erthyglau' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Wedi’i ysgrifennu ar gyfer' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Rhieni a gofalwyr' })).toBeChecked()
    expect(screen.getByRole('option', { name: 'Pob pwnc' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'Hwyliau isel' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Magu plant' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 3, name: 'Parenting' })).toBeNull()
    const forParents = articles.filter((article) => article.audiences.includes('parents'))
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Yn dangos ${forParents.length} erthygl.`,
    )
  })
})

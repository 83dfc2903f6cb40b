import { I18nProvider } from '@lingui/react'
import { render, screen, waitFor } from '@testing-library/react'
import { render as renderPure } from '@testing-library/react/pure'
import { MemoryRouter, Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { ToolPage } from './tool-page.tsx'
import { tools } from './tool-registry.ts'

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/tools/:slug" element={<ToolPage />} />
      </Routes>
    </MemoryRouter>,
  )
}

describe('ToolPage', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it.each(tools.map((tool) => [tool.slug, i18nFor('en')._(tool.title)]))(
    'shows the %s tool with one page heading, what is kept, and help',
    async (slug, title) => {
      const view = renderAt(`/tools/${slug}`)
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
      expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument()
      expect(view.container.querySelector('.tool__kept')).toHaveTextContent(/this device/)
      expect(screen.getByText(/If things feel too much/)).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
      // Let any first read from the device finish inside the test.
      await waitFor(() => expect(screen.queryByText(/Looking on this device/)).toBeNull())
    },
  )

  it('helps kindly when the tool does not exist', () => {
    renderAt('/tools/not-a-tool')
    expect(
      screen.getByRole('heading', { level: 1, name: 'We can’t find that tool' }),
    ).toBeInTheDocument()
    for (const tool of tools) {
      expect(screen.getByRole('link', { name: i18nFor('en')._(tool.title) })).toHaveAttribute(
        'href',
        `/tools/${tool.slug}`,
      )
    }
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })
})

describe('ToolPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  function renderInWelsh(path: string) {
    return renderPure(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/tools/:slug" element={<ToolPage />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    )
  }

  it('shows the worry tree, its first question and the way to help in Welsh', async () => {
    renderInWelsh('/tools/worry-tree')
    expect(screen.getByRole('heading', { level: 1, name: 'Y goeden boeni' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Beth yw’r pryder?' })).toBeInTheDocument()
    expect(
      screen.getByRole('textbox', { name: 'Ysgrifenna dy bryder mewn ychydig eiriau' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nesaf' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'cael help nawr' })).toHaveAttribute('href', '/help')
    expect(await screen.findByText('Dwyt ti ddim wedi cadw unrhyw goed poeni eto.')).toBeVisible()
  })

  it('lists every tool in Welsh when the link is wrong', () => {
    renderInWelsh('/tools/not-a-tool')
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Dydyn ni ddim yn gallu dod o hyd i’r offeryn hwnnw',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Fy mhecyn ymdopi' })).toBeInTheDocument()
    expect(screen.getAllByText(/Tua 5 munud\./)).toHaveLength(3)
  })
})

import { render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
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

  it.each(tools.map((tool) => [tool.slug, tool.title]))(
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
      expect(screen.getByRole('link', { name: tool.title })).toHaveAttribute(
        'href',
        `/tools/${tool.slug}`,
      )
    }
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })
})

import { fireEvent, render, screen } from '@testing-library/react'
import { Link, MemoryRouter, Route, Routes, useSearchParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import { PageHeading } from './page-heading.tsx'

function SearchPage() {
  const [params, setParams] = useSearchParams()
  return (
    <>
      <PageHeading>Search</PageHeading>
      <label>
        Words
        <input
          value={params.get('q') ?? ''}
          onChange={(event) => setParams({ q: event.target.value })}
        />
      </label>
      <Link to="/other">Other page</Link>
    </>
  )
}

function renderPages() {
  render(
    <MemoryRouter>
      <Routes>
        <Route path="/" element={<SearchPage />} />
        <Route path="/other" element={<PageHeading>Other</PageHeading>} />
      </Routes>
    </MemoryRouter>,
  )
}

describe('PageHeading', () => {
  it('leaves focus in a field when only the address query changes', () => {
    renderPages()
    const field = screen.getByRole('textbox', { name: 'Words' })
    field.focus()
    fireEvent.change(field, { target: { value: 'sleep' } })
    expect(screen.getByRole('textbox', { name: 'Words' })).toHaveValue('sleep')
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Words' }))
  })

  it('takes focus when another page is reached inside the app', () => {
    renderPages()
    fireEvent.click(screen.getByRole('link', { name: 'Other page' }))
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Other' }))
  })
})

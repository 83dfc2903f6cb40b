import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import area from 'virtual:harbour-area'
import { describe, expect, it } from 'vitest'
import { SchoolsPage } from '../audiences/schools-page.tsx'
import { AboutPage } from './about-page.tsx'

describe('Report a concern', () => {
  it("is on the About page, with who to contact, when, and the area's ways in as links", () => {
    render(
      <MemoryRouter>
        <AboutPage />
      </MemoryRouter>,
    )
    const section = screen.getByRole('region', { name: 'Report a concern' })
    const { name, when } = area.reportConcern
    expect(section).toHaveTextContent(when)
    // The demo area gives a phone number and a website (areas/demo/area.json).
    expect(within(section).getByRole('link', { name: '0808 800 5000' })).toHaveAttribute(
      'href',
      'tel:08088005000',
    )
    expect(within(section).getByRole('link', { name: `${name}’s website` })).toHaveAttribute(
      'href',
      'https://www.nspcc.org.uk',
    )
    expect(within(section).queryByRole('link', { name: /@/ })).toBeNull()
  })

  it("is in the schools page's disclosure section, after the DSL", () => {
    render(
      <MemoryRouter>
        <SchoolsPage />
      </MemoryRouter>,
    )
    const section = screen.getByRole('region', { name: 'When a pupil tells you something' })
    const heading = within(section).getByRole('heading', {
      level: 3,
      name: `Reporting a concern in ${area.name}`,
    })
    expect(heading.nextElementSibling).toHaveTextContent(/DSL always come first/)
    expect(within(section).getByRole('link', { name: '0808 800 5000' })).toBeInTheDocument()
  })
})

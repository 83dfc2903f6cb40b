import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import area, { featured } from 'virtual:harbour-area'
import { describe, expect, it } from 'vitest'
import { English } from '../i18n/in-language.tsx'
import { HomePage } from './home-page.tsx'

describe('HomePage', () => {
  it("shows the area's featured services and articles under its name", () => {
    render(
      <MemoryRouter>
        <HomePage />
      </MemoryRouter>,
      { wrapper: English },
    )
    const section = screen.getByRole('region', { name: `In ${area.name}` })
    const services = within(section).getByRole('heading', { name: 'Support you can contact' })
    expect(services.nextElementSibling?.tagName).toBe('UL')
    // The demo area features two sample services and two articles (areas/demo/area.json).
    expect(featured.services).toHaveLength(2)
    for (const link of [...featured.services, ...featured.articles]) {
      expect(within(section).getByRole('link', { name: link.title })).toHaveAttribute(
        'href',
        link.to,
      )
    }
    expect(within(section).getByRole('link', { name: 'Feeling low' })).toHaveAttribute(
      'href',
      '/self-help/low-mood',
    )
    expect(
      within(section).getByRole('link', { name: 'Sample: Youth counselling service' }),
    ).toHaveAttribute('href', '/find-support/fd049d29-f66e-432e-861e-42b7f2b46fda')
  })
})

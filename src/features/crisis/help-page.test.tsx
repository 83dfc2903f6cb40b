import { render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, StaticRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { HelpPage } from './help-page.tsx'

describe('HelpPage', () => {
  it('links to the safety plan near the top, after the emergency number', () => {
    render(
      <MemoryRouter>
        <HelpPage />
      </MemoryRouter>,
    )
    const plan = screen.getByRole('region', { name: 'Your safety plan' })
    expect(within(plan).getByRole('link', { name: 'Open my safety plan' })).toHaveAttribute(
      'href',
      '/my-space/safety-plan',
    )
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.slice(0, 3)).toEqual([
      'If your life is at risk right now',
      'Your safety plan',
      'Talk or text, any time',
    ])
  })

  it('has the link in its HTML before any script runs, reading nothing from the device', () => {
    const html = renderToString(
      <StaticRouter location="/help">
        <HelpPage />
      </StaticRouter>,
    )
    expect(html).toContain('href="/my-space/safety-plan"')
    expect(html).toContain('Open my safety plan')
  })
})

import { render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, StaticRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { English } from '../../i18n/in-language.tsx'
import { renderWelshPage } from '../../test-render-welsh.tsx'
import { HelpPage } from './help-page.tsx'

describe('HelpPage', () => {
  it('links to the safety plan near the top, after the emergency number', () => {
    render(
      <MemoryRouter>
        <HelpPage />
      </MemoryRouter>,
      { wrapper: English },
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
      <English>
        <StaticRouter location="/help">
          <HelpPage />
        </StaticRouter>
      </English>,
    )
    expect(html).toContain('href="/my-space/safety-plan"')
    expect(html).toContain('Open my safety plan')
  })

  it('is all in Welsh under /cy, links included, with the date in Welsh', () => {
    renderWelshPage(<HelpPage />, '/help')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cael help nawr')
    const plan = screen.getByRole('region', { name: 'Dy gynllun diogelwch' })
    expect(within(plan).getByRole('link', { name: 'Agor fy nghynllun diogelwch' })).toHaveAttribute(
      'href',
      '/cy/my-space/safety-plan',
    )
    expect(screen.getByText(/Fe wnaethon ni wirio/)).toHaveTextContent(
      /ym mis (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/,
    )
  })
})

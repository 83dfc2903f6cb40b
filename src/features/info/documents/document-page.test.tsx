import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { documents } from 'virtual:harbour-documents'
import { describe, expect, it } from 'vitest'
import { DocumentPage } from './document-page.tsx'

function Address() {
  const { pathname, hash } = useLocation()
  return <output aria-label="address">{pathname + hash}</output>
}

/** Renders the page, and lets its document's chunk load (React waits for it in Suspense). */
async function renderAt(path: string) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <Suspense fallback={<p>Loading…</p>}>
          <Routes>
            <Route path="/about/documents/:slug" element={<DocumentPage />} />
            <Route path="*" element={<p>Another page</p>} />
          </Routes>
        </Suspense>
        <Address />
      </MemoryRouter>,
    )
  })
}

/** A heading from the middle of each document, to show its whole text is there. */
const KNOWN_HEADINGS: Record<string, string> = {
  'privacy-notice-young-people': 'Who could see what you saved?',
  'privacy-notice-parents': 'What this means for you as a parent or carer',
  'privacy-notice-schools': 'When a pupil tells you something',
  dpia: 'Step 5. Identify and assess risks',
  'childrens-code': '10. Geolocation',
  'clinical-risk-management-plan': '5. How risk is rated',
  'hazard-log': 'H03 A risk answer not acted on',
  'accessibility-statement': 'What we tested and how',
}

describe('DocumentPage', () => {
  it('publishes every document the index lists', () => {
    expect(documents.map((d) => d.slug).sort()).toEqual(Object.keys(KNOWN_HEADINGS).sort())
  })

  it.each(documents.map((d) => [d.slug, d.title, d.audience]))(
    'shows %s with its own title, who it is for, its text and a way back',
    async (slug, title, audience) => {
      await renderAt(`/about/documents/${slug}`)
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument()
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
      expect(screen.getByText(audience)).toBeVisible()
      expect(
        screen.getByRole('heading', { level: 2, name: KNOWN_HEADINGS[slug] }),
      ).toBeInTheDocument()
      expect(screen.getByRole('link', { name: 'Back to all the documents' })).toHaveAttribute(
        'href',
        '/about/documents',
      )
    },
  )

  it('puts each table in a named region that a keyboard can reach and scroll', async () => {
    await renderAt('/about/documents/hazard-log')
    await screen.findByRole('heading', { level: 1, name: 'Harbour hazard log' })
    const regions = screen.getAllByRole('region', { name: /^Table/ })
    expect(regions.map((region) => region.getAttribute('aria-label'))).toEqual([
      'Table: About this document',
      'Table: How to read this log',
      'Table: Summary',
      'Table: Actions',
      'Table: Change history',
    ])
    for (const region of regions) {
      expect(region).toHaveAttribute('tabindex', '0')
      expect(within(region).getByRole('table')).toBeInTheDocument()
    }
    const summary = within(screen.getByRole('region', { name: 'Table: Summary' }))
    expect(summary.getByRole('columnheader', { name: 'Hazard' })).toBeInTheDocument()
    expect(summary.getByRole('cell', { name: 'Wrong or out-of-date crisis number' })).toBeVisible()
  })

  it('follows links between documents inside the app, to the part they name', async () => {
    const user = userEvent.setup()
    await renderAt('/about/documents/hazard-log')
    await screen.findByRole('heading', { level: 1, name: 'Harbour hazard log' })
    const link = screen.getByRole('link', { name: 'plan' })
    expect(link).toHaveAttribute(
      'href',
      '/about/documents/clinical-risk-management-plan#5-how-risk-is-rated',
    )
    await user.click(link)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbour clinical risk management plan',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent(
      '/about/documents/clinical-risk-management-plan#5-how-risk-is-rated',
    )
    expect(screen.getByRole('heading', { level: 2, name: '5. How risk is rated' })).toHaveFocus()
  })

  it('keeps links to the app’s own pages', async () => {
    await renderAt('/about/documents/privacy-notice-young-people')
    expect(screen.getByRole('link', { name: 'How quick exit works' })).toHaveAttribute(
      'href',
      '/quick-exit',
    )
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help')
  })

  it('shows the test files named as evidence as code, not as links', async () => {
    await renderAt('/about/documents/childrens-code')
    const evidence = screen.getAllByText('src/features/check-ins/check-in-page.test.tsx')
    expect(evidence[0]?.tagName).toBe('CODE')
    expect(evidence[0]?.closest('a')).toBeNull()
  })

  it('shows the normal not-found page for a document that does not exist', async () => {
    await renderAt('/about/documents/not-a-document')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We can’t find that page' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })
})

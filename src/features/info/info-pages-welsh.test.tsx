import { act, screen, within } from '@testing-library/react'
import { Suspense } from 'react'
import { Route, Routes } from 'react-router'
import area from 'virtual:harbour-area'
import { describe, expect, it } from 'vitest'
import { AboutPage } from './about-page.tsx'
import { DocumentPage } from './documents/document-page.tsx'
import { DocumentsPage } from './documents/documents-page.tsx'
import { renderWelshPage } from '../../test-render-welsh.tsx'
import { PrivacyPage } from './privacy-page.tsx'

describe('About, privacy and the documents in Welsh', () => {
  it('tells young people about their privacy in Welsh, with links kept under /cy', () => {
    renderWelshPage(<PrivacyPage />, '/privacy')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dy breifatrwydd')
    expect(screen.getByText('Does dim hysbysebion a dim tracio.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Fy lle i, yna Clo cod' })).toHaveAttribute(
      'href',
      '/cy/my-space/lock',
    )
    expect(
      screen.getByText(`Mae’r Harbour hwn yn cael ei redeg ar gyfer ${area.name}.`, {
        exact: false,
      }),
    ).toBeVisible()
  })

  it('says what Harbour is and how to report a concern in Welsh', () => {
    renderWelshPage(<AboutPage />, '/about')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Am ${area.appName}`)
    const concern = screen.getByRole('region', { name: 'Rhoi gwybod am bryder' })
    expect(within(concern).getByText(/^Ffonio /)).toBeVisible()
  })

  it('lists the documents under Welsh headings, saying they are in English for now', () => {
    renderWelshPage(<DocumentsPage />, '/about/documents')
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Preifatrwydd',
      'Diogelwch clinigol',
      'Hygyrchedd',
    ])
    expect(screen.getByText('Dim ond yn Saesneg mae’r dogfennau ar hyn o bryd.')).toBeVisible()
  })

  it('marks a document’s English text as English around Welsh words', async () => {
    await act(async () => {
      renderWelshPage(
        <Suspense>
          <Routes>
            <Route path="/about/documents/:slug" element={<DocumentPage />} />
          </Routes>
        </Suspense>,
        '/about/documents/hazard-log',
      )
    })
    const title = await screen.findByRole('heading', { level: 1, name: 'Harbour hazard log' })
    expect(title.querySelector('[lang="en"]')).not.toBeNull()
    expect(screen.getByText('Dim ond yn Saesneg mae’r ddogfen hon ar hyn o bryd.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Yn ôl at yr holl ddogfennau' })).toHaveAttribute(
      'href',
      '/cy/about/documents',
    )
  })
})

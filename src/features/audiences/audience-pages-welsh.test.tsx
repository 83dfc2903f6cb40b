import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { renderWelshPage } from '../../test-render-welsh.tsx'
import { ParentsPage } from './parents-page.tsx'
import { newsletterText } from './schools/newsletter-text.ts'
import { newsletterContacts } from './schools/poster-contacts.ts'
import { shareMessage, shareTitle } from './schools/share-target.ts'
import { SchoolsPage } from './schools-page.tsx'

describe('the parents’ and schools’ pages in Welsh', () => {
  it('speaks to parents in Welsh, crisis lines first, links kept under /cy', () => {
    renderWelshPage(<ParentsPage />, '/parents')
    expect(
      screen.getByText(/^Yn poeni am eich plentyn\? Dydych chi ddim ar eich pen eich hun\./),
    ).toBeVisible()
    const crisis = screen.getByRole('region', { name: 'Os oes angen help ar eich plentyn nawr' })
    expect(within(crisis).getByText(/neu ewch yn syth i’r adran achosion brys/)).toBeVisible()
    const contents = screen.getByRole('navigation', { name: 'Ar y dudalen hon' })
    expect(within(contents).getByRole('link', { name: 'Help i chi' })).toHaveAttribute(
      'href',
      '#parents-for-you',
    )
    expect(
      screen.getByRole('link', { name: 'Dod o hyd i ragor o gymorth i rieni' }),
    ).toHaveAttribute('href', '/cy/find-support?for=parents')
  })

  it('gives staff the share maker and the disclosure steps in Welsh', () => {
    renderWelshPage(<SchoolsPage />, '/schools')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('I ysgolion')
    expect(screen.getByRole('group', { name: 'Beth hoffech chi ei rannu?' })).toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'Pan fydd disgybl yn dweud rhywbeth wrthych chi' }),
    ).toHaveTextContent('Peidiwch ag addo ei gadw’n gyfrinach.')
  })

  it('writes the poster’s and the newsletter’s words in Welsh', () => {
    const cy = i18nFor('cy')
    expect(shareTitle({ kind: 'help' }, cy)).toBe('Cael help nawr')
    expect(shareTitle({ kind: 'topic', topic: 'sleep' }, cy)).toBe('Cwsg')
    expect(shareTitle({ kind: 'search', topic: 'low-mood', forParents: true }, cy)).toBe(
      'Cymorth i rieni a gofalwyr: Hwyliau isel',
    )
    expect(shareMessage({ kind: 'search', mode: 'phone' }, cy)).toBe(
      'Pobl sy’n gallu helpu, dros y ffôn.',
    )
    const text = newsletterText(
      {
        appName: 'Harbour',
        target: { kind: 'help' },
        url: 'https://harbour.example/cy/help',
        contacts: newsletterContacts,
      },
      cy,
    )
    expect(text).toContain('Gwefan am ddim am deimladau ac iechyd meddwl yw Harbour')
    expect(text).toContain(
      'ffonio Childline ar 0800 1111 neu anfon SHOUT mewn neges destun i 85258.',
    )
  })
})

import { act, render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { DocumentsPage } from './documents-page.tsx'

async function renderAt(path: string) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <DocumentsPage />
      </MemoryRouter>,
    )
  })
}

function group(name: string) {
  return within(screen.getByRole('region', { name }))
}

function linksIn(name: string) {
  return group(name)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('DocumentsPage', () => {
  it('lists the documents in three groups, each saying what it is', async () => {
    await renderAt('/about/documents')
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Privacy, safety and accessibility documents',
      }),
    ).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Privacy',
      'Clinical safety',
      'Accessibility',
    ])
    expect(
      group('Privacy').getByText(/looks after information about the people who use it/),
    ).toBeVisible()
    expect(group('Clinical safety').getByText(/risks of harm/)).toBeVisible()
    expect(group('Accessibility').getByText(/easy Harbour is to use for everyone/)).toBeVisible()

    expect(linksIn('Privacy')).toEqual([
      ['Harbour and your privacy', '/about/documents/privacy-notice-young-people'],
      ['Harbour privacy notice for parents and carers', '/about/documents/privacy-notice-parents'],
      [
        'Harbour privacy notice for schools and colleges',
        '/about/documents/privacy-notice-schools',
      ],
      ['Harbour data protection impact assessment (DPIA)', '/about/documents/dpia'],
      ["Harbour and the Children's Code", '/about/documents/childrens-code'],
    ])
    expect(linksIn('Clinical safety')).toEqual([
      ['Harbour clinical risk management plan', '/about/documents/clinical-risk-management-plan'],
      ['Harbour hazard log', '/about/documents/hazard-log'],
    ])
    expect(linksIn('Accessibility')).toEqual([
      ['Accessibility statement for Harbour', '/about/documents/accessibility-statement'],
    ])
  })

  it('gives each document a line saying what it is', async () => {
    await renderAt('/about/documents')
    expect(
      screen.getByText(
        'Each thing that could go wrong, what Harbour does about it, and the test that proves it.',
      ),
    ).toBeVisible()
  })

  it('takes someone who followed a link to a group straight to it', async () => {
    await renderAt('/about/documents#clinical-safety')
    expect(screen.getByRole('heading', { level: 2, name: 'Clinical safety' })).toHaveFocus()
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import area from 'virtual:harbour-area'
import { describe, expect, it } from 'vitest'
import { PrivacyContactDetails, PrivacyPage } from './privacy-page.tsx'

const NOTICE = path.resolve(
  import.meta.dirname,
  '../../../docs/privacy/privacy-notice-young-people.md',
)

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/privacy']}>
      <PrivacyPage />
    </MemoryRouter>,
  )
}

function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/**
 * The notice's sentences, without its Markdown. Sentences with words in [square brackets] are
 * filled in by the area that runs Harbour, so the page words those its own way.
 */
function noticeSentences(): string[] {
  const body = readFileSync(NOTICE, 'utf8')
    .split(/\n(?=## )/)
    .slice(1)
    .join('\n')
  const blocks = body
    .split(/\n\s*\n|\n(?=- )/)
    .filter((block) => !block.startsWith('#'))
    .map((block) =>
      normalise(
        block
          .replace(/^- /, '')
          .replace(/\*\*/g, '')
          .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
      ),
    )
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?)])\s+(?=[A-Z])/))
    .filter((sentence) => sentence !== '' && !sentence.includes('['))
}

describe('PrivacyPage', () => {
  it('says everything the young people’s privacy notice says, in the same words', () => {
    const { container } = renderPage()
    const page = normalise(container.textContent ?? '')
    const sentences = noticeSentences()
    expect(sentences.length).toBeGreaterThan(60)
    const missing = sentences.filter((sentence) => !page.includes(sentence))
    expect(missing).toEqual([])
  })

  it('keeps one page heading and the notice’s own opening', () => {
    renderPage()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1, name: 'Your privacy' })).toBeInTheDocument()
    expect(
      screen.getByText(/This is for young people who use Harbour\. If any of it is hard to follow/),
    ).toBeInTheDocument()
    expect(
      screen.getByText(`This Harbour is run for ${area.name}.`, { exact: false }),
    ).toBeVisible()
  })

  it('explains check-ins, My space, the passcode lock, sync and location plainly', () => {
    renderPage()
    expect(screen.getByText(/your check-ins: how you felt, the words you picked/)).toBeVisible()
    expect(screen.getByText(/You can also lock My space with a passcode/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'My space, then Passcode lock' })).toHaveAttribute(
      'href',
      '/my-space/lock',
    )
    expect(screen.getByText(/Everything is locked on your device before it is sent/)).toBeVisible()
    expect(screen.getByText(/Harbour only looks at your location when you tap it/)).toBeVisible()
    expect(screen.getByText('There are no adverts and no tracking.')).toBeVisible()
  })

  it('says who to contact, and how to reach the ICO', () => {
    renderPage()
    expect(screen.getByText(/talk to an adult you trust/)).toBeVisible()
    expect(screen.getByRole('link', { name: '0303 123 1113' })).toHaveAttribute(
      'href',
      'tel:03031231113',
    )
  })

  it("gives the area's privacy contact, each way to reach it a real link", () => {
    const contact = area.privacyContact
    if (!contact?.email || !contact.url || !contact.address) {
      throw new Error('The demo area pack should give a full privacy contact')
    }
    const { container } = renderPage()
    expect(normalise(container.textContent ?? '')).toContain(
      `You can also contact the team that runs Harbour for ${area.name}: ${contact.name}.`,
    )
    expect(screen.getByRole('link', { name: contact.email })).toHaveAttribute(
      'href',
      `mailto:${contact.email}`,
    )
    expect(screen.getByRole('link', { name: contact.url.replace('https://', '') })).toHaveAttribute(
      'href',
      contact.url,
    )
    expect(screen.getByText(`Post: ${contact.address}`)).toBeVisible()
  })

  it('gives only the ways to reach the privacy contact that the area named', () => {
    render(
      <PrivacyContactDetails
        areaName="North Vale"
        contact={{ name: 'North Vale data team', email: 'data@example.org' }}
      />,
    )
    expect(screen.getByRole('link', { name: 'data@example.org' })).toBeVisible()
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.queryByText(/^Website:/)).toBeNull()
    expect(screen.queryByText(/^Post:/)).toBeNull()
  })

  it('still points to the team that runs Harbour when the area names no privacy contact', () => {
    const { container } = render(
      <PrivacyContactDetails areaName="North Vale" contact={undefined} />,
    )
    expect(normalise(container.textContent ?? '')).toBe(
      'If you are worried about how Harbour uses your information, talk to an adult you trust. You can also contact the team that runs Harbour for North Vale.',
    )
    expect(screen.queryByRole('list')).toBeNull()
  })

  it('links to help, your data and every privacy document', () => {
    renderPage()
    const links: [string, string][] = [
      ['Read this page as a privacy notice', '/about/documents/privacy-notice-young-people'],
      ['Read this for parents and carers', '/about/documents/privacy-notice-parents'],
      ['Read this for schools', '/about/documents/privacy-notice-schools'],
      ['The full privacy details (DPIA)', '/about/documents/dpia'],
      ['The Children’s Code and Harbour', '/about/documents/childrens-code'],
      ['Accessibility statement', '/about/documents/accessibility-statement'],
      ['All our privacy, safety and accessibility documents', '/about/documents'],
      ['My space, then Your data', '/my-space/your-data'],
      ['How quick exit works', '/quick-exit'],
    ]
    for (const [name, href] of links) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href)
    }
    for (const link of screen.getAllByRole('link', { name: 'Get help now' })) {
      expect(link).toHaveAttribute('href', '/help')
    }
  })
})

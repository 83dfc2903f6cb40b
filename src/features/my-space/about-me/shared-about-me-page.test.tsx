import { render, screen } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyAboutMe } from '../../../db/about-me.ts'
import type { HarbourDatabase } from '../../../db/schema.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { makeShareLink } from './share-link.ts'
import { SharedAboutMePage } from './shared-about-me-page.tsx'

function openAt(hash: string) {
  render(
    <MemoryRouter initialEntries={[`/my-space/about-me/shared${hash}`]}>
      <Routes>
        <Route path="/my-space/about-me/shared" element={<SharedAboutMePage />} />
      </Routes>
    </MemoryRouter>,
  )
}

async function linkHash(): Promise<string> {
  const link = await makeShareLink(
    {
      ...emptyAboutMe(),
      pronouns: 'he/him',
      whatHelps: 'Walking while we talk.\nShort questions.',
      contactWays: ['phone-call', 'in-person'],
    },
    'https://harbour.example',
    new Date('2026-03-02T10:00:00.000Z'),
  )
  if (link.kind !== 'made') throw new Error('expected a link')
  return new URL(link.url).hash
}

describe('SharedAboutMePage', () => {
  let database: HarbourDatabase
  beforeEach(() => {
    database = createTestDatabase()
  })

  it('unlocks the About me in the link and shows it read-only, keeping nothing', async () => {
    openAt(await linkHash())
    expect(
      screen.getByRole('heading', { level: 1, name: 'About me, shared with you' }),
    ).toBeVisible()
    expect(await screen.findByRole('heading', { name: 'What helps me' })).toBeVisible()
    expect(screen.getByText(/Walking while we talk\.\s+Short questions\./)).toBeVisible()
    expect(screen.getByText('Phone call, In person')).toBeVisible()
    expect(screen.getByText('Shared on 2 March 2026.')).toBeVisible()
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByText(/It is not listed by search engines/)).toBeVisible()
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute(
      'content',
      'noindex, nofollow',
    )
    expect(await database.documents.count()).toBe(0)
  })

  it('explains a link that was changed', async () => {
    const hash = await linkHash()
    // One character of the sealed text swapped for another, as a careless edit might.
    const at = hash.length - 10
    const swapped = hash[at] === 'A' ? 'B' : 'A'
    openAt(`${hash.slice(0, at)}${swapped}${hash.slice(at + 1)}`)
    expect(await screen.findByText(/This link can’t be opened/)).toBeVisible()
    expect(screen.getByText(/send the whole link again/)).toBeVisible()
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
  })

  it('explains a link that was cut short', async () => {
    const hash = await linkHash()
    openAt(hash.slice(0, -4))
    // Depending on where the cut falls, the end is unreadable or the lock does not open.
    expect(await screen.findByText(/This link (can’t be opened|is not complete)/)).toBeVisible()
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
  })

  it('explains a link with parts missing, or no fragment at all', async () => {
    const hash = await linkHash()
    openAt(hash.split('.').slice(0, 2).join('.'))
    expect(await screen.findByText(/This link is not complete/)).toBeVisible()
  })

  it('explains a link that lost everything after the #', async () => {
    openAt('')
    expect(await screen.findByText(/the link you used has no About me in it/)).toBeVisible()
  })
})

import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { listSavedItems, saveItem } from '../../../db/saved-items.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { SavedPage } from './saved-page.tsx'
import { InLanguage } from '../../../i18n/in-language.tsx'

function renderSaved() {
  const user = userEvent.setup()
  render(
    <MemoryRouter>
      <SavedPage />
    </MemoryRouter>,
  )
  return user
}

describe('SavedPage', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('explains how to save things when nothing is saved yet', async () => {
    renderSaved()
    expect(await screen.findByText(/Nothing saved yet/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Browse self-help' })).toHaveAttribute(
      'href',
      '/self-help',
    )
  })

  it('lists saved articles, tools and services, each linking to its page', async () => {
    await saveItem({ kind: 'service', ref: 'childline', title: 'Childline' })
    await saveItem({ kind: 'article', ref: 'sleep', title: 'Sleep' })
    await saveItem({ kind: 'tool', ref: 'breathing', title: 'Breathing' })
    renderSaved()
    const articles = await screen.findByRole('region', { name: 'Articles' })
    expect(within(articles).getByRole('link', { name: 'Sleep' })).toHaveAttribute(
      'href',
      '/self-help/sleep',
    )
    expect(
      within(screen.getByRole('region', { name: 'Tools' })).getByRole('link', {
        name: 'Breathing',
      }),
    ).toHaveAttribute('href', '/tools/breathing')
    expect(
      within(screen.getByRole('region', { name: 'Services' })).getByRole('link', {
        name: 'Childline',
      }),
    ).toHaveAttribute('href', '/find-support/childline')
  })

  it('removes one, says so, and keeps focus in the page', async () => {
    await saveItem({ kind: 'article', ref: 'sleep', title: 'Sleep' })
    await saveItem({ kind: 'article', ref: 'anger', title: 'Anger' })
    const user = renderSaved()
    await user.click(await screen.findByRole('button', { name: 'Remove: Sleep' }))
    expect(await screen.findByText('Removed “Sleep” from My space.')).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Your saved things' })).toHaveFocus()
    // The list redraws from its live query, a moment after the status.
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Sleep' })).toBeNull())
    expect((await listSavedItems()).map((item) => item.title)).toEqual(['Anger'])
  })
})

describe('SavedPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('groups and removes saved things in Welsh', async () => {
    await saveItem({ kind: 'article', ref: 'sleep', title: 'Sleep' })
    const user = userEvent.setup()
    render(
      <InLanguage locale="cy">
        <MemoryRouter>
          <SavedPage />
        </MemoryRouter>
      </InLanguage>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Wedi’u cadw' })).toBeVisible()
    const articles = await screen.findByRole('region', { name: 'Erthyglau' })
    await user.click(within(articles).getByRole('button', { name: 'Tynnu: Sleep' }))
    expect(await screen.findByText('Wedi tynnu “Sleep” o Fy lle i.')).toBeVisible()
    expect(await screen.findByText(/Does dim byd wedi’i gadw eto/)).toBeVisible()
  })
})

import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addCheckIn } from '../../../db/check-ins.ts'
import { KEPT_TEXT_TOOL } from '../../../db/sync/record-fields.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { listToolEntries, saveToolEntry } from '../../../db/tool-entries.ts'
import { KeptWordsPage } from './kept-words-page.tsx'
import { InLanguage } from '../../../i18n/in-language.tsx'

function renderPage() {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={['/my-space/kept-words']}>
      <KeptWordsPage />
    </MemoryRouter>,
  )
  return user
}

function keep(data: Record<string, unknown>) {
  return saveToolEntry(KEPT_TEXT_TOOL, data)
}

describe('KeptWordsPage', () => {
  beforeEach(() => {
    createTestDatabase()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('explains kindly, and says when there is nothing kept', async () => {
    renderPage()
    expect(
      screen.getByRole('heading', { level: 1, name: 'Words kept from another device' }),
    ).toBeVisible()
    expect(
      screen.getByText('The same thing was changed on two devices at once. Harbour kept both.'),
    ).toBeVisible()
    expect(await screen.findByText(/There are no kept words right now/)).toBeVisible()
  })

  it('lists each kept text with where it came from in plain words', async () => {
    const checkIn = await addCheckIn({
      at: new Date('2025-03-03T10:00:00').toISOString(),
      mood: 3,
      feelings: [],
      happenings: [],
      note: 'The newer note',
    })
    await keep({ table: 'checkIns', recordId: checkIn.id, field: 'note', text: 'The older note' })
    await keep({
      table: 'documents',
      recordId: 'safety-plan',
      field: 'data.reasons',
      text: 'My dog\nThe sea',
    })
    await keep({ table: 'goals', recordId: 'g1', field: 'title', text: 'Sleep before midnight' })
    // Not words at all: left out rather than shown empty.
    await keep({ table: 'goals', recordId: 'g2', field: 'title', text: '   ' })

    renderPage()
    const list = await screen.findByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    const year = new Date().getFullYear()
    const checkInPlace =
      year === 2025
        ? 'The note on your check-in of 3 March'
        : 'The note on your check-in of 3 March 2025'
    expect(within(list).getByRole('heading', { name: checkInPlace })).toBeVisible()
    expect(within(list).getByText('The older note')).toBeVisible()
    expect(
      within(list).getByRole('heading', { name: 'Your safety plan: things worth living for' }),
    ).toBeVisible()
    expect(within(list).getByText(/My dog\s+The sea/)).toBeVisible()
    expect(within(list).getByRole('heading', { name: 'Your goal’s words' })).toBeVisible()
    expect(within(list).getByText('Sleep before midnight')).toBeVisible()
  })

  it('copies the words, and says how to copy by hand when the browser will not', async () => {
    await keep({ table: 'goals', recordId: 'g1', field: 'title', text: 'Walk every day' })
    const user = renderPage()
    // After userEvent's setup, which puts in a clipboard of its own.
    const writeText = vi.fn(async () => undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(await screen.findByRole('button', { name: 'Copy: Your goal’s words' }))
    expect(writeText).toHaveBeenCalledWith('Walk every day')
    expect(await screen.findByText(/^Copied\./)).toBeVisible()

    writeText.mockRejectedValueOnce(new Error('blocked'))
    await user.click(screen.getByRole('button', { name: 'Copy: Your goal’s words' }))
    expect(await screen.findByText(/select the words and copy them yourself/)).toBeVisible()
  })

  it('asks before deleting, then deletes only that one and keeps focus in the page', async () => {
    await keep({ table: 'goals', recordId: 'g1', field: 'title', text: 'Walk every day' })
    await keep({ table: 'documents', recordId: 'coping-kit', field: 'data.items', text: 'Music' })
    const user = renderPage()
    await user.click(await screen.findByRole('button', { name: 'Delete: Your goal’s words' }))
    expect(screen.getByText(/Delete these kept words\?/)).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(screen.getByRole('button', { name: 'Delete: Your goal’s words' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Delete: Your goal’s words' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Deleted those kept words.')).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Kept words' })).toHaveFocus()
    expect(screen.queryByText('Walk every day')).toBeNull()
    expect((await listToolEntries(KEPT_TEXT_TOOL)).map((entry) => entry.data.text)).toEqual([
      'Music',
    ])
  })
})

describe('KeptWordsPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('says where kept words came from, in Welsh', async () => {
    await keep({ table: 'goals', recordId: 'g1', field: 'title', text: 'Rhedeg 5k' })
    render(
      <InLanguage locale="cy">
        <MemoryRouter>
          <KeptWordsPage />
        </MemoryRouter>
      </InLanguage>,
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'Geiriau a gadwyd o ddyfais arall' }),
    ).toBeVisible()
    expect(await screen.findByRole('heading', { level: 3, name: 'Geiriau dy nod' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Copïo: Geiriau dy nod' })).toBeVisible()
    expect(screen.getByText(/^Ysgrifennwyd ar \d+ /)).toBeVisible()
  })
})

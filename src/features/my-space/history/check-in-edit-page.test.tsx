import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as CheckIns from '../../../db/check-ins.ts'
import { addCheckIn, deleteCheckIn, getCheckIn, updateCheckIn } from '../../../db/check-ins.ts'
import { quotaExceeded } from '../../self-help/tools/test-errors.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { CheckInEditPage } from './check-in-edit-page.tsx'
import { HistoryPage } from './history-page.tsx'

vi.mock('../../../db/check-ins.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof CheckIns>()
  return { ...actual, updateCheckIn: vi.fn(actual.updateCheckIn) }
})

async function seed() {
  return addCheckIn({
    mood: 3,
    feelings: ['tired', 'worried'],
    happenings: ['school'],
    note: 'Maths test tomorrow',
    at: '2025-03-04T18:30:00.000Z',
  })
}

async function renderEdit(id: string) {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={[`/my-space/history/${id}`]}>
      <Routes>
        <Route path="/my-space/history" element={<HistoryPage />} />
        <Route path="/my-space/history/:checkInId" element={<CheckInEditPage />} />
      </Routes>
    </MemoryRouter>,
  )
  return user
}

const note = () => screen.getByRole('textbox', { name: 'Note (if you want one)' })

describe('CheckInEditPage', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(updateCheckIn).mockClear()
  })

  it('shows the check-in as it is, and saves changes to mood, feelings, what was going on and note', async () => {
    const row = await seed()
    const user = await renderEdit(row.id)
    expect(screen.getByRole('heading', { level: 1, name: 'Change a check-in' })).toBeVisible()
    expect(await screen.findByRole('radio', { name: 'Okay' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Worried' })).toBeChecked()
    expect(note()).toHaveValue('Maths test tomorrow')

    await user.click(screen.getByRole('radio', { name: 'Good' }))
    await user.click(screen.getByRole('checkbox', { name: 'Worried' }))
    await user.click(screen.getByRole('checkbox', { name: 'Hopeful' }))
    await user.click(screen.getByRole('checkbox', { name: 'Friends' }))
    await user.clear(note())
    await user.type(note(), 'It went fine')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByText('Your changes are saved on this device.')).toBeVisible()
    expect(await getCheckIn(row.id)).toMatchObject({
      mood: 4,
      feelings: ['hopeful', 'tired'],
      happenings: ['school', 'friends'],
      note: 'It went fine',
      at: row.at,
    })
  })

  it('removes an emptied note, and offers help at once when the lowest mood is chosen', async () => {
    const row = await seed()
    const user = await renderEdit(row.id)
    await user.click(await screen.findByRole('radio', { name: 'Really low' }))
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help')
    await user.clear(note())
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByText('Your changes are saved on this device.')
    const saved = await getCheckIn(row.id)
    expect(saved?.mood).toBe(1)
    expect(saved).not.toHaveProperty('note')
  })

  it('keeps what was typed and explains when the device will not save', async () => {
    const row = await seed()
    vi.mocked(updateCheckIn).mockRejectedValueOnce(quotaExceeded())
    const user = await renderEdit(row.id)
    await user.type(await screen.findByRole('textbox'), ' and a long note')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findByText(/because it is full\. What you wrote is still here/),
    ).toBeVisible()
    expect(note()).toHaveValue('Maths test tomorrow and a long note')
    expect((await getCheckIn(row.id))?.note).toBe('Maths test tomorrow')
  })

  it('asks before deleting with two equal answers, and “Keep it” keeps it', async () => {
    const row = await seed()
    const user = await renderEdit(row.id)
    await user.click(await screen.findByRole('button', { name: 'Delete this check-in' }))
    const question = screen.getByRole('group', { name: /Delete this check-in\?/ })
    expect(within(question).getByText(/Delete this check-in\?/)).toHaveFocus()
    const answers = within(question).getAllByRole('button')
    expect(answers.map((button) => button.textContent)).toEqual(['Delete', 'Keep it'])
    expect(answers[0]?.className).toBe(answers[1]?.className)

    await user.click(within(question).getByRole('button', { name: 'Keep it' }))
    expect(screen.getByRole('button', { name: 'Delete this check-in' })).toHaveFocus()
    expect(await getCheckIn(row.id)).toBeDefined()
  })

  it('deletes, then goes back to that month of the history and says so', async () => {
    const row = await seed()
    const user = await renderEdit(row.id)
    await user.click(await screen.findByRole('button', { name: 'Delete this check-in' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your check-ins' })).toBeVisible()
    expect(await screen.findByText('The check-in was deleted.')).toBeVisible()
    expect(await getCheckIn(row.id)).toBeUndefined()
    expect(screen.queryByText(/deleted in another tab/)).toBeNull()
  })

  it('explains kindly when the check-in is deleted in another tab, and keeps the note typed', async () => {
    const row = await seed()
    const user = await renderEdit(row.id)
    await user.type(await screen.findByRole('textbox'), ', then the bus')
    await deleteCheckIn(row.id)
    expect(
      await screen.findByText('This check-in has been deleted, perhaps in another tab or window.'),
    ).toBeVisible()
    expect(screen.getByText('Maths test tomorrow, then the bus')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull()
    expect(screen.getByRole('link', { name: 'Back to your check-ins' })).toHaveAttribute(
      'href',
      '/my-space/history?month=2025-03',
    )
  })

  it('explains when a save finds the check-in already gone', async () => {
    const row = await seed()
    vi.mocked(updateCheckIn).mockResolvedValueOnce(false)
    const user = await renderEdit(row.id)
    await user.click(await screen.findByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findByText('This check-in has been deleted, perhaps in another tab or window.'),
    ).toBeVisible()
  })

  it('says kindly when the link is to a check-in that is not on this device', async () => {
    await renderEdit('not-a-check-in')
    expect(await screen.findByText(/We can’t find that check-in on this device/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to your check-ins' })).toHaveAttribute(
      'href',
      '/my-space/history',
    )
  })
})

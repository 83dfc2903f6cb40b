import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as GoalsDb from '../../../db/goals.ts'
import { addGoal, archiveGoal, listGoals, listRatings, rateGoal } from '../../../db/goals.ts'
import { quotaExceeded } from '../../self-help/tools/test-errors.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { GoalsPage } from './goals-page.tsx'

vi.mock('../../../db/goals.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof GoalsDb>()
  return { ...actual, addGoal: vi.fn(actual.addGoal) }
})

async function renderGoals() {
  const user = userEvent.setup()
  render(
    <MemoryRouter>
      <GoalsPage />
    </MemoryRouter>,
  )
  await screen.findByRole('heading', { level: 2, name: 'Your goals' })
  return user
}

const goalCard = (title: string) =>
  screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement
const goalBox = () => screen.getByRole('textbox', { name: 'Your goal, in your own words' })

describe('GoalsPage', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(addGoal).mockClear()
  })

  it('names where goals come from, and that it is not a test', async () => {
    await renderGoals()
    expect(
      screen.getByText(/Goal Based Outcomes \(GBOs\), by Dr Duncan Law and Jenna Jacob/),
    ).toBeVisible()
    expect(screen.getByText(/isn’t a test and there’s no score/)).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Add your first goal' })).toBeVisible()
  })

  it('adds a goal in my own words, and asks for words when there are none', async () => {
    const user = await renderGoals()
    await user.click(screen.getByRole('button', { name: 'Add this goal' }))
    expect(screen.getByText('Write your goal in a few words.')).toBeVisible()
    expect(goalBox()).toHaveAccessibleDescription(/Write your goal in a few words/)
    await user.type(goalBox(), 'Feel less worried at school')
    await user.click(screen.getByRole('button', { name: 'Add this goal' }))
    expect(
      await screen.findByText('Added “Feel less worried at school”. Saved on this device.'),
    ).toBeVisible()
    expect(goalBox()).toHaveValue('')
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Feel less worried at school' }),
    ).toBeVisible()
  })

  it('keeps what was typed when the device will not save', async () => {
    vi.mocked(addGoal).mockRejectedValueOnce(quotaExceeded())
    const user = await renderGoals()
    await user.type(goalBox(), 'Sleep by eleven')
    await user.click(screen.getByRole('button', { name: 'Add this goal' }))
    expect(await screen.findByText(/because it is full/)).toBeVisible()
    expect(goalBox()).toHaveValue('Sleep by eleven')
  })

  it('rates a goal 0 to 10 with radio buttons, and shows the ratings as a chart and a table', async () => {
    const goal = await addGoal('Talk to my mum')
    await rateGoal(goal.id, 2, '2025-05-01T10:00:00.000Z')
    const user = await renderGoals()
    const card = await vi.waitFor(() => goalCard('Talk to my mum'))
    const scale = within(card).getByRole('group', {
      name: 'How close are you to reaching this goal?',
    })
    expect(
      within(scale)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    await user.click(within(card).getByRole('button', { name: 'Save this rating' }))
    expect(within(card).getByText('Choose a number from 0 to 10.')).toBeVisible()

    await user.click(within(scale).getByRole('radio', { name: '7' }))
    await user.click(within(card).getByRole('button', { name: 'Save this rating' }))
    expect(await within(card).findByText('Saved: 7 out of 10.')).toBeVisible()
    expect((await listRatings(goal.id)).map((rating) => rating.rating)).toEqual([2, 7])

    expect(
      await within(card).findByRole('img', {
        name: /^Your ratings for “Talk to my mum”: first 2 out of 10 on 1 May 2025, latest 7 out of 10 on .*\. Lowest 2, highest 7\.$/,
      }),
    ).toBeVisible()
    await user.click(within(card).getByText('Show the ratings as a table'))
    const table = within(card).getByRole('table', { name: 'Your ratings for “Talk to my mum”' })
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    expect(table).toHaveTextContent('2 out of 10')
  })

  it('changes a goal’s words', async () => {
    await addGoal('Go to school more')
    const user = await renderGoals()
    await user.click(
      await screen.findByRole('button', { name: 'Change the words: Go to school more' }),
    )
    const box = screen.getByRole('textbox', { name: 'Your goal’s words' })
    expect(box).toHaveFocus()
    await user.clear(box)
    await user.type(box, 'Go to school on Mondays')
    await user.click(screen.getByRole('button', { name: 'Save the words' }))
    expect(await screen.findByText('Your goal’s words are saved.')).toBeVisible()
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Go to school on Mondays' }),
    ).toBeVisible()
    expect((await listGoals())[0]?.title).toBe('Go to school on Mondays')
  })

  it('allows three goals at a time, then explains how to make room', async () => {
    await addGoal('One')
    await addGoal('Two')
    const user = await renderGoals()
    await user.type(goalBox(), 'Three')
    await user.click(screen.getByRole('button', { name: 'Add this goal' }))
    expect(
      await screen.findByText(/You have three goals, which is the most at one time/),
    ).toBeVisible()
    expect(screen.queryByRole('textbox', { name: 'Your goal, in your own words' })).toBeNull()
  })

  it('moves a goal to past goals and brings it back, keeping its ratings', async () => {
    const goal = await addGoal('Run a mile')
    await rateGoal(goal.id, 4)
    const user = await renderGoals()
    await user.click(await screen.findByRole('button', { name: 'Move to past goals: Run a mile' }))
    expect(await screen.findByText('Moved “Run a mile” to your past goals.')).toBeVisible()
    expect(screen.getByRole('heading', { level: 2, name: 'Past goals' })).toHaveFocus()
    const past = screen.getByRole('region', { name: 'Past goals' })
    expect(await within(past).findByRole('heading', { level: 3, name: 'Run a mile' })).toBeVisible()
    expect(within(past).getByText(/^Moved to past goals on /)).toBeVisible()

    await user.click(within(past).getByRole('button', { name: 'Bring back: Run a mile' }))
    expect(await screen.findByText('“Run a mile” is back in your goals.')).toBeVisible()
    const active = screen.getByRole('region', { name: 'Your goals' })
    expect(
      await within(active).findByRole('heading', { level: 3, name: 'Run a mile' }),
    ).toBeVisible()
    expect(await listRatings(goal.id)).toHaveLength(1)
  })

  it('offers no way back for a past goal while three goals are active', async () => {
    const old = await addGoal('Old')
    await archiveGoal(old.id)
    await addGoal('A')
    await addGoal('B')
    await addGoal('C')
    await renderGoals()
    const past = screen.getByRole('region', { name: 'Past goals' })
    await within(past).findByRole('heading', { level: 3, name: 'Old' })
    expect(within(past).queryByRole('button', { name: /Bring back/ })).toBeNull()
  })

  it('deletes a goal and its ratings after asking, with “Delete” and “Keep it” alike', async () => {
    const goal = await addGoal('Be kinder to myself')
    await rateGoal(goal.id, 3)
    const user = await renderGoals()
    await user.click(await screen.findByRole('button', { name: 'Delete: Be kinder to myself' }))
    const question = screen.getByRole('group', {
      name: /Delete “Be kinder to myself” and all its ratings\?/,
    })
    const [remove, keep] = within(question).getAllByRole('button')
    expect(keep).toHaveTextContent('Keep it')
    expect(remove?.className).toBe(keep?.className)
    await user.click(keep!)
    expect(screen.getByRole('button', { name: 'Delete: Be kinder to myself' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Delete: Be kinder to myself' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Deleted “Be kinder to myself” and its ratings.')).toBeVisible()
    expect(await listGoals()).toEqual([])
    expect(await listRatings(goal.id)).toEqual([])
  })
})

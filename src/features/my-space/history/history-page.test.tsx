import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { HistoryPage } from './history-page.tsx'
import { HISTORY_DATA_MARK, HISTORY_RENDER_MEASURE } from './history-timing.ts'
import { seedCheckIns, seedDaily } from './test-check-ins.ts'

function renderHistory(path = '/my-space/history') {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/my-space/history" element={<HistoryPage />} />
      </Routes>
    </MemoryRouter>,
  )
  return user
}

const calendar = () =>
  screen.findByRole('img', {
    name: /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}:/,
  })
const trend = () => screen.getByRole('img', { name: /^(Your mood over|No check-ins in)/ })

describe('HistoryPage', () => {
  beforeEach(() => {
    createTestDatabase()
    // Only the clock is fixed: the database's own timers run as normal.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-06-18T12:00:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('invites a first check-in when there are none, with no pressure', async () => {
    renderHistory()
    expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Check in' })).toHaveAttribute('href', '/check-in')
    expect(document.body).not.toHaveTextContent(/haven.t checked in|streak|missed/i)
  })

  it('shows the month as a calendar, the trend in words, and every check-in in a table', async () => {
    await seedCheckIns([
      ['2025-06-02', 4, 'Good day at school'],
      ['2025-06-10', 2],
      ['2025-06-17', 5, 'Beach'],
    ])
    renderHistory()
    expect(await calendar()).toHaveAccessibleName(
      'June 2025: Great on 1 day, Good on 1 day, Low on 1 day. Each day shows that day’s latest check-in.',
    )
    expect(trend()).toHaveAccessibleName(
      'Your mood over the last 4 weeks, day by day. Lowest: Low, on 10 June 2025. ' +
        'Highest: Great, on 17 June 2025. Most recent: Great, on 17 June 2025. ' +
        'Days with no check-in are left as gaps.',
    )
    const table = screen.getByRole('table', { name: 'Your check-ins in June 2025' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toHaveTextContent(/Good.*Calm.*School or college.*Good day at school/)
    expect(within(rows[1]!).getByText('None')).toBeVisible()
    expect(within(rows[2]!).getByRole('link', { name: /^Change or delete: / })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/my-space\/history\/[0-9a-f-]{36}$/),
    )
    expect(screen.getAllByRole('list', { name: 'What the shapes mean' })[0]).toHaveTextContent(
      /Great.*Good.*Okay.*Low.*Really low/,
    )
    // Nothing here compares the person with their usual unless there is enough to compare.
    expect(screen.queryByRole('heading', { name: /lower than your usual/i })).toBeNull()
  })

  it('switches the trend between 4 weeks, 3 months and 12 months, with a table of its points', async () => {
    await seedCheckIns([
      ['2025-01-15', 1],
      ['2025-04-01', 3],
      ['2025-06-17', 5],
    ])
    const user = renderHistory()
    await calendar()
    expect(trend()).toHaveAccessibleName(/^Your mood over the last 4 weeks, day by day: Great/)
    await user.click(screen.getByRole('radio', { name: '3 months' }))
    expect(trend()).toHaveAccessibleName(
      /^Your mood over the last 3 months, as a weekly average\. Lowest: Okay, in the week of 31 March 2025\./,
    )
    await user.click(screen.getByRole('radio', { name: '12 months' }))
    expect(trend()).toHaveAccessibleName(/Lowest: Really low, in the week of 13 January 2025\./)

    await user.click(screen.getByText('Show this as a table'))
    const table = await screen.findByRole('table', { name: /week by week over the last 12 months/ })
    expect(within(table).getAllByRole('row')).toHaveLength(4)
    expect(table).toHaveTextContent('13 January 2025Really low (1.0 out of 5)')
  })

  it('moves month to month, and back to this month', async () => {
    await seedCheckIns([
      ['2025-05-20', 3, 'May note'],
      ['2025-06-01', 4],
    ])
    const user = renderHistory()
    await calendar()
    const next = screen.getByRole('button', { name: 'Next month: July 2025' })
    expect(next).toHaveAttribute('aria-disabled', 'true')
    await user.click(next)
    expect(screen.getByRole('heading', { level: 3, name: 'June 2025' })).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Previous month: May 2025' }))
    expect(
      await screen.findByRole('table', { name: 'Your check-ins in May 2025' }),
    ).toHaveTextContent('May note')
    expect(screen.getByRole('img', { name: /^May 2025: Okay on 1 day\./ })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Previous month: April 2025' }))
    expect(await screen.findByText('No check-ins in April 2025.')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Go to June 2025' }))
    expect(await screen.findByRole('table', { name: 'Your check-ins in June 2025' })).toBeVisible()
  })

  it('opens on the month in the address, such as after changing a check-in', async () => {
    await seedCheckIns([['2024-02-29', 2, 'Leap day']])
    renderHistory('/my-space/history?month=2024-02')
    expect(
      await screen.findByRole('table', { name: 'Your check-ins in February 2024' }),
    ).toHaveTextContent('Leap day')
  })

  it('gently notices a week lower than the weeks before, with ways to help', async () => {
    await seedDaily('2025-04-15', 56, () => 4)
    await seedDaily('2025-06-12', 7, () => 2)
    renderHistory()
    const notice = await screen.findByRole('region', { name: 'A bit lower than your usual' })
    expect(within(notice).getByRole('link', { name: 'Read about feeling low' })).toHaveAttribute(
      'href',
      '/self-help/low-mood',
    )
    expect(within(notice).getByRole('link', { name: 'get help now' })).toHaveAttribute(
      'href',
      '/help',
    )
    expect(notice).not.toHaveTextContent(/warning|worrying|danger/i)
  })

  it('keeps up when a check-in is added elsewhere, such as in another tab', async () => {
    await seedCheckIns([['2025-06-02', 4]])
    renderHistory()
    await calendar()
    await seedCheckIns([['2025-06-03', 1, 'Added in another tab']])
    expect(await screen.findByText('Added in another tab')).toBeVisible()
  })

  it('marks when the data arrived and measures drawing it, for the benchmark', async () => {
    performance.clearMarks(HISTORY_DATA_MARK)
    performance.clearMeasures(HISTORY_RENDER_MEASURE)
    await seedCheckIns([['2025-06-02', 4]])
    renderHistory()
    await calendar()
    await waitFor(() =>
      expect(performance.getEntriesByName(HISTORY_RENDER_MEASURE, 'measure')).toHaveLength(1),
    )
    expect(performance.getEntriesByName(HISTORY_DATA_MARK, 'mark')).toHaveLength(1)
  })
})

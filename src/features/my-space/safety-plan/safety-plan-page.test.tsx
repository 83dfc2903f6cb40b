import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as SafetyPlanDb from '../../../db/safety-plan.ts'
import {
  changeSafetyPlan,
  emptySafetyPlan,
  getSafetyPlan,
  saveSafetyPlan,
} from '../../../db/safety-plan.ts'
import { saveItem } from '../../../db/saved-items.ts'
import { createTestDatabase, storeAsIs } from '../../../db/test-harness.ts'
import { crisisContacts } from '../../crisis/crisis-contacts.ts'
import { quotaExceeded } from '../../self-help/tools/test-errors.ts'
import { SafetyPlanPage } from './safety-plan-page.tsx'
import { InLanguage } from '../../../i18n/in-language.tsx'

vi.mock('../../../db/safety-plan.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof SafetyPlanDb>()
  return { ...actual, changeSafetyPlan: vi.fn(actual.changeSafetyPlan) }
})

async function renderPlan() {
  const user = userEvent.setup()
  render(
    <MemoryRouter>
      <SafetyPlanPage />
    </MemoryRouter>,
  )
  await screen.findByRole('heading', { level: 2, name: 'Things that help me cope' })
  return user
}

const section = (name: string) => screen.getByRole('region', { name })
const listed = (name: string) =>
  within(section(name))
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.plan-item__text')?.textContent)
const stored = async () => (await getSafetyPlan())?.plan ?? emptySafetyPlan()

describe('SafetyPlanPage', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(changeSafetyPlan).mockClear()
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('explains what a safety plan is, where it is kept, and shows every section', async () => {
    await renderPlan()
    expect(screen.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeInTheDocument()
    expect(screen.getByText(/A safety plan is your own list/)).toBeVisible()
    expect(screen.getByText(/Your plan stays on this device/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
    for (const heading of [
      'Signs that things are getting hard',
      'Things that help me cope',
      'People and places that take my mind off things',
      'People I can ask for help',
      'Professionals and services',
      'Making my space safer',
      'Things worth living for',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
    }
  })

  it('adds, edits, reorders and removes, saving each change on the device', async () => {
    const user = await renderPlan()
    const coping = () => section('Things that help me cope')
    const box = within(coping()).getByRole('textbox', { name: 'Add something that helps' })
    await user.type(box, 'Music on loud')
    await user.click(
      within(coping()).getByRole('button', { name: 'Add to Things that help me cope' }),
    )
    expect(
      await within(coping()).findByText('Added “Music on loud”. Saved on this device.'),
    ).toBeVisible()
    expect(box).toHaveValue('')
    await user.type(box, 'A hot shower{Enter}')
    await within(coping()).findByText('Added “A hot shower”. Saved on this device.')
    expect(listed('Things that help me cope')).toEqual(['Music on loud', 'A hot shower'])

    await user.click(screen.getByRole('button', { name: 'Move up: A hot shower' }))
    await within(coping()).findByText('Moved. Saved on this device.')
    expect(listed('Things that help me cope')).toEqual(['A hot shower', 'Music on loud'])
    // At the top now, so focus lands on its Move down.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move down: A hot shower' })).toHaveFocus(),
    )
    expect((await stored()).coping.map((item) => item.text)).toEqual([
      'A hot shower',
      'Music on loud',
    ])

    await user.click(screen.getByRole('button', { name: 'Edit: Music on loud' }))
    const edit = screen.getByRole('textbox', { name: 'Change this' })
    expect(edit).toHaveFocus()
    await user.clear(edit)
    await user.type(edit, 'My calm playlist')
    await user.click(within(coping()).getByRole('button', { name: 'Save' }))
    const saved = await screen.findByRole('button', { name: 'Edit: My calm playlist' })
    await waitFor(() => expect(saved).toHaveFocus())

    await user.click(screen.getByRole('button', { name: 'Remove: A hot shower' }))
    await within(coping()).findByText('Removed “A hot shower”. Saved on this device.')
    // Focus moves once the removal is saved, just after the status says so.
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Things that help me cope' })).toHaveFocus(),
    )
    expect((await stored()).coping.map((item) => item.text)).toEqual(['My calm playlist'])
  })

  it('keeps a person with a phone number that can be called', async () => {
    const user = await renderPlan()
    const people = section('People I can ask for help')
    await user.type(within(people).getByRole('textbox', { name: 'Name' }), 'Aunt Jo')
    await user.type(
      within(people).getByRole('textbox', { name: 'Phone number (if you want)' }),
      '07700 900123',
    )
    await user.click(
      within(people).getByRole('button', { name: 'Add to People I can ask for help' }),
    )
    expect(await within(people).findByRole('link', { name: '07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    )
    expect((await stored()).people).toEqual([
      { id: expect.any(String), text: 'Aunt Jo', phone: '07700 900123' },
    ])
  })

  it('adds helplines and saved services with one tap', async () => {
    await saveItem({ kind: 'service', ref: 'kooth', title: 'Kooth online counselling' })
    await saveItem({ kind: 'article', ref: 'low-mood', title: 'Feeling low' })
    const user = await renderPlan()
    const services = section('Professionals and services')
    for (const contact of crisisContacts) {
      expect(within(services).getByRole('button', { name: `Add: ${contact.name}` })).toBeVisible()
    }
    const childline = within(services).getByRole('button', { name: 'Add: Childline' })
    await user.click(childline)
    await within(services).findByText('Added “Childline”. Saved on this device.')
    expect(childline).toHaveAccessibleName('Childline (in your plan)')
    expect(childline).toHaveAttribute('aria-disabled', 'true')
    expect(childline).toHaveFocus()

    await user.click(within(services).getByRole('button', { name: 'Add: Shout' }))
    await within(services).findByText('Added “Shout”. Saved on this device.')
    const saved = await within(services).findByRole('button', {
      name: 'Add: Kooth online counselling',
    })
    expect(within(services).queryByRole('button', { name: /Feeling low/ })).toBeNull()
    await user.click(saved)
    await within(services).findByText('Added “Kooth online counselling”. Saved on this device.')

    expect((await stored()).professionals.map(({ text, phone }) => ({ text, phone }))).toEqual([
      { text: 'Childline', phone: '0800 1111' },
      { text: 'Shout', phone: 'Text SHOUT to 85258' },
      { text: 'Kooth online counselling', phone: undefined },
    ])
    await user.click(childline)
    expect(
      await within(services).findByText('“Childline” is already in this part of your plan.'),
    ).toBeVisible()
    expect((await stored()).professionals).toHaveLength(3)
  })

  it('opens a damaged plan, showing what it can and saying part was left out', async () => {
    const database = createTestDatabase()
    await storeAsIs(database, 'documents', {
      id: 'safety-plan',
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: { reasons: [{ id: 'r', text: 'My little brother' }, 42], coping: 'broken' },
    })
    await renderPlan()
    expect(screen.getByText(/Part of your plan couldn’t be read/)).toBeVisible()
    expect(listed('Things worth living for')).toEqual(['My little brother'])
  })

  it('keeps what was typed when the device is full', async () => {
    vi.mocked(changeSafetyPlan).mockRejectedValueOnce(quotaExceeded())
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = await renderPlan()
    const reasons = section('Things worth living for')
    const box = within(reasons).getByRole('textbox', { name: 'Add something that matters to you' })
    await user.type(box, 'Seeing the sea again')
    await user.click(
      within(reasons).getByRole('button', { name: 'Add to Things worth living for' }),
    )
    expect(
      await within(reasons).findByText(/We couldn't save this on your device because it is full/),
    ).toBeVisible()
    expect(box).toHaveValue('Seeing the sea again')
    expect(await getSafetyPlan()).toBeUndefined()

    await user.click(
      within(reasons).getByRole('button', { name: 'Add to Things worth living for' }),
    )
    await within(reasons).findByText('Added “Seeing the sea again”. Saved on this device.')
    expect((await stored()).reasons.map((item) => item.text)).toEqual(['Seeing the sea again'])
  })

  it('shows changes made in another tab', async () => {
    await saveSafetyPlan({ ...emptySafetyPlan(), warningSigns: [{ id: 'w', text: 'No sleep' }] })
    await renderPlan()
    expect(listed('Signs that things are getting hard')).toEqual(['No sleep'])
    await changeSafetyPlan((plan) => ({
      ...plan,
      warningSigns: [...plan.warningSigns, { id: 'x', text: 'Staying in my room' }],
    }))
    expect(await screen.findByText('Staying in my room')).toBeVisible()
  })

  it('prints the plan with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const user = await renderPlan()
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }))
    expect(print).toHaveBeenCalledOnce()
  })
})

describe('SafetyPlanPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('shows the plan, its sections and its buttons in Welsh', async () => {
    const user = userEvent.setup()
    render(
      <InLanguage locale="cy">
        <MemoryRouter>
          <SafetyPlanPage />
        </MemoryRouter>
      </InLanguage>,
    )
    expect(
      screen.getByRole('heading', { level: 1, name: 'Fy nghynllun diogelwch' }),
    ).toBeInTheDocument()
    const coping = await screen.findByRole('region', { name: 'Pethau sy’n fy helpu i ymdopi' })
    await user.type(
      within(coping).getByRole('textbox', { name: 'Ychwanegu rhywbeth sy’n helpu' }),
      'Cerdded',
    )
    await user.click(
      within(coping).getByRole('button', {
        name: 'Ychwanegu at Pethau sy’n fy helpu i ymdopi',
      }),
    )
    expect(
      await within(coping).findByText('Wedi ychwanegu “Cerdded”. Wedi’i gadw ar y ddyfais hon.'),
    ).toBeVisible()
    expect(within(coping).getByRole('button', { name: 'Golygu: Cerdded' })).toBeVisible()
  })
})

import { I18nProvider } from '@lingui/react'
import { render, screen, waitFor, within } from '@testing-library/react'
import { render as renderPure } from '@testing-library/react/pure'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, StaticRouter } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as CheckIns from '../../db/check-ins.ts'
import { addCheckIn, listCheckIns } from '../../db/check-ins.ts'
import { emptySafetyPlan, saveSafetyPlan } from '../../db/safety-plan.ts'
import { createTestDatabase } from '../../db/test-harness.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { contactHref } from '../../lib/contact-schema.ts'
import { crisisContacts, nationalCrisisContacts } from '../crisis/crisis-contacts.ts'
import { quotaExceeded } from '../self-help/tools/test-errors.ts'
import { CheckInPage } from './check-in-page.tsx'

vi.mock('../../db/check-ins.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof CheckIns>()
  return { ...actual, addCheckIn: vi.fn(actual.addCheckIn) }
})

const HELP_HEADING = 'You don’t have to go through this alone'

async function renderCheckIn() {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={['/check-in']}>
      <CheckInPage />
    </MemoryRouter>,
  )
  await screen.findByText(/Step 1 of [34]/)
  return user
}

/** A recent wellbeing answer, so the questions are not due and the check-in has three steps. */
async function answeredWellbeingYesterday() {
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString()
  await addCheckIn({ mood: 3, feelings: [], happenings: [], at: yesterday, ons: { happiness: 6 } })
  vi.mocked(addCheckIn).mockClear()
}

const button = (name: string) => screen.getByRole('button', { name })
const newest = async () => (await listCheckIns()).at(-1)

describe('CheckInPage', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(addCheckIn).mockClear()
  })

  it('shows the first step as a form with words and faces, and the way to say I am not safe', async () => {
    await renderCheckIn()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    const scale = screen.getByRole('group', { name: /How are you feeling right now/ })
    const moods = within(scale).getAllByRole('radio')
    expect(moods.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Really low',
      'Low',
      'Okay',
      'Good',
      'Great',
    ])
    expect(scale.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(5)
    expect(screen.getByRole('checkbox', { name: 'I don’t feel safe right now' })).toBeVisible()
  })

  it('prerenders the first step as a form that cannot send answers before the script runs', () => {
    const html = renderToString(
      <I18nProvider i18n={i18nFor('en')}>
        <StaticRouter location="/check-in">
          <CheckInPage />
        </StaticRouter>
      </I18nProvider>,
    )
    const page = document.createElement('div')
    page.innerHTML = html
    expect(page.textContent).toContain('How are you feeling right now?')
    expect(page.textContent).toContain('I don’t feel safe right now')
    expect(page.querySelectorAll('input[name="mood"]')).toHaveLength(5)
    expect(page.querySelector('button[type="submit"]')).toHaveProperty('disabled', true)
    // With scripts off, a note explains and points to help that works without them.
    expect(html).toMatch(/<noscript>.*Check-ins need JavaScript.*href="\/help".*<\/noscript>/s)
  })

  it('shows help first, with the crisis numbers, when the lowest mood is chosen', async () => {
    const user = await renderCheckIn()
    await user.click(screen.getByRole('radio', { name: 'Really low' }))

    const heading = screen.getByRole('heading', { name: HELP_HEADING })
    expect(heading).toHaveFocus()
    const panel = screen.getByRole('region', { name: HELP_HEADING })
    const hrefs = within(panel)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
    const wanted = ['emergency', 'shout', 'childline', 'samaritans']
    const areaLines = crisisContacts.filter(
      (contact) => !nationalCrisisContacts.some((national) => national.id === contact.id),
    )
    expect(areaLines.length).toBeGreaterThan(0)
    for (const contact of [...crisisContacts.filter((c) => wanted.includes(c.id)), ...areaLines]) {
      expect(within(panel).getByRole('heading', { name: contact.name })).toBeInTheDocument()
      for (const action of contact.actions) expect(hrefs).toContain(contactHref(action))
    }
    expect(hrefs).toEqual(expect.arrayContaining(['tel:999', 'tel:08001111', 'tel:116123']))
    expect(hrefs.some((href) => href?.startsWith('sms:85258'))).toBe(true)

    // No plan yet: a gentle offer to make one.
    expect(await within(panel).findByRole('link', { name: 'Make my safety plan' })).toHaveAttribute(
      'href',
      '/my-space/safety-plan',
    )
    expect(
      within(panel).getByRole('link', { name: 'See all the ways to get help' }),
    ).toHaveAttribute('href', '/help')

    // Carrying on goes back to the check-in with the answer kept, and help does not repeat.
    await user.click(button('Carry on with my check-in'))
    expect(screen.getByRole('heading', { name: /How are you feeling right now/ })).toHaveFocus()
    expect(screen.getByRole('radio', { name: 'Really low' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Low' }))
    await user.click(screen.getByRole('radio', { name: 'Really low' }))
    expect(screen.queryByRole('heading', { name: HELP_HEADING })).toBeNull()
  })

  it('shows help and their own plan when they do not feel safe, and saves that', async () => {
    await answeredWellbeingYesterday()
    await saveSafetyPlan({
      ...emptySafetyPlan(),
      people: [{ id: 'p', text: 'My sister Amy', phone: '07700 900123' }],
      professionals: [{ id: 's', text: 'School counsellor' }],
      coping: [{ id: 'c', text: 'Cuddle the dog' }],
      reasons: [{ id: 'r', text: 'Seeing the sea' }],
    })
    const user = await renderCheckIn()
    await user.click(screen.getByRole('checkbox', { name: 'I don’t feel safe right now' }))

    expect(screen.getByRole('heading', { name: HELP_HEADING })).toHaveFocus()
    const plan = await screen.findByRole('region', { name: 'Your safety plan' })
    expect(within(plan).getByText(/My sister Amy/)).toBeVisible()
    expect(within(plan).getByRole('link', { name: '07700 900123' })).toHaveAttribute(
      'href',
      'tel:07700900123',
    )
    expect(within(plan).getByText('School counsellor')).toBeVisible()
    expect(within(plan).getByText('Cuddle the dog')).toBeVisible()
    expect(within(plan).getByRole('link', { name: 'Open my full safety plan' })).toHaveAttribute(
      'href',
      '/my-space/safety-plan',
    )
    expect(screen.queryByRole('radio')).toBeNull()

    await user.click(button('Carry on with my check-in'))
    expect(screen.getByRole('checkbox', { name: 'I don’t feel safe right now' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Low' }))
    await user.click(button('Next'))
    await user.click(button('Next'))
    await user.click(button('Save my check-in'))

    const heading = await screen.findByRole('heading', { name: /Saved/ })
    await waitFor(() => expect(heading).toHaveFocus())
    const saved = screen.getByRole('region', { name: /Saved/ })
    expect(within(saved).getByRole('link', { name: 'get help now' })).toHaveAttribute(
      'href',
      '/help',
    )
    expect(within(saved).getByRole('link', { name: 'your safety plan' })).toHaveAttribute(
      'href',
      '/my-space/safety-plan',
    )
    const suggestions = within(saved).getByRole('list', { name: 'Things that might help' })
    expect(within(suggestions).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      '/find-support?topic=getting-help',
    )
    expect(await newest()).toMatchObject({ mood: 2, unsafe: true, feelings: [], happenings: [] })
  })

  it('saves a full check-in and suggests things that fit', async () => {
    await answeredWellbeingYesterday()
    const user = await renderCheckIn()
    expect(screen.getByText(/Step 1 of 3/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Okay' }))
    await user.click(button('Next'))

    expect(screen.getByRole('heading', { name: /Step 2 of 3.*Which words/ })).toHaveFocus()
    await user.click(screen.getByRole('checkbox', { name: 'Worried' }))
    await user.click(screen.getByRole('checkbox', { name: 'Tired' }))
    await user.click(button('Next'))

    expect(screen.getByText(/Step 3 of 3/)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'School or college' }))
    const note = screen.getByRole('textbox', { name: /Anything else you want to note/ })
    expect(note).toHaveAccessibleDescription(/stays on this device/)
    await user.type(note, 'Mock exams next week')

    // Back keeps everything chosen so far.
    await user.click(button('Back'))
    expect(screen.getByRole('checkbox', { name: 'Worried' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Tired' })).toBeChecked()
    await user.click(button('Back'))
    expect(screen.getByRole('radio', { name: 'Okay' })).toBeChecked()
    await user.click(button('Next'))
    await user.click(button('Next'))
    expect(screen.getByRole('checkbox', { name: 'School or college' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: /Anything else/ })).toHaveValue(
      'Mock exams next week',
    )
    await user.click(button('Save my check-in'))

    const saved = await screen.findByRole('heading', { name: /Saved/ })
    await waitFor(() => expect(saved).toHaveFocus())
    const suggestions = screen.getByRole('list', { name: 'Things that might help' })
    const links = within(suggestions).getAllByRole('link')
    expect(links.length).toBeGreaterThanOrEqual(2)
    expect(links.length).toBeLessThanOrEqual(3)
    expect(screen.getByRole('link', { name: 'Worries about school' })).toHaveAttribute(
      'href',
      '/self-help/school-worries',
    )
    expect(screen.getByRole('link', { name: 'The worry tree' })).toHaveAttribute(
      'href',
      '/tools/worry-tree',
    )
    expect(screen.getByRole('link', { name: 'See your check-ins in My space' })).toHaveAttribute(
      'href',
      '/my-space',
    )
    expect(await newest()).toMatchObject({
      mood: 3,
      feelings: ['tired', 'worried'],
      happenings: ['school'],
      note: 'Mock exams next week',
    })
    expect((await newest())?.unsafe).toBeUndefined()
    expect((await newest())?.ons).toBeUndefined()
  })

  it('asks for a mood before going on', async () => {
    const user = await renderCheckIn()
    await user.click(button('Next'))
    expect(screen.getByText('Choose how you are feeling to go on.')).toBeVisible()
    expect(screen.getByRole('radio', { name: 'Really low' })).toHaveFocus()
    expect(screen.queryByRole('heading', { name: HELP_HEADING })).toBeNull()
  })

  it('offers the wellbeing questions now and then, without the anxiety one for under-16s', async () => {
    const user = await renderCheckIn()
    // Never offered before, so the wellbeing questions are due: four steps.
    expect(await screen.findByText(/Step 1 of 4/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Good' }))
    await user.click(button('Next'))
    await user.click(button('Next'))
    await user.click(button('Next'))

    expect(screen.getByRole('heading', { name: /Step 4 of 4/ })).toHaveFocus()
    expect(screen.getByText(/Office for National Statistics \(ONS\)/)).toBeVisible()
    expect(screen.getByText(/Open Government Licence v3\.0/)).toBeVisible()
    expect(screen.queryByText(/score/i)).toBeNull()
    await user.click(screen.getByRole('radio', { name: '10 to 15' }))
    const satisfied = screen.getByRole('group', {
      name: 'Overall, how satisfied are you with your life nowadays?',
    })
    expect(within(satisfied).getAllByRole('radio')).toHaveLength(11)
    expect(
      screen.getByRole('group', { name: /things you do in your life are worthwhile/ }),
    ).toBeVisible()
    expect(
      screen.getByRole('group', { name: 'Overall, how happy did you feel yesterday?' }),
    ).toBeVisible()
    expect(screen.queryByRole('group', { name: /how anxious/ })).toBeNull()

    await user.click(within(satisfied).getByRole('radio', { name: '7' }))
    await user.click(
      within(screen.getByRole('group', { name: /how happy/ })).getByRole('radio', {
        name: '0, not at all',
      }),
    )
    // Answers given at 16 or over are not kept when the age is changed back.
    await user.click(screen.getByRole('radio', { name: '16 or over' }))
    const anxious = screen.getByRole('group', {
      name: 'Overall, how anxious did you feel yesterday?',
    })
    await user.click(within(anxious).getByRole('radio', { name: '10, completely' }))
    await user.click(screen.getByRole('radio', { name: '10 to 15' }))
    await user.click(button('Save my check-in'))

    await screen.findByRole('heading', { name: /Saved/ })
    expect((await newest())?.ons).toEqual({ lifeSatisfaction: 7, happiness: 0 })
  })

  it('lets the wellbeing questions be skipped with a button as clear as saving', async () => {
    const user = await renderCheckIn()
    await screen.findByText(/Step 1 of 4/)
    await user.click(screen.getByRole('radio', { name: 'Great' }))
    await user.click(button('Next'))
    await user.click(button('Next'))
    await user.click(button('Next'))
    const save = button('Save my check-in')
    const skip = button('Skip these and save')
    expect(skip.className).toBe(save.className)
    await user.click(screen.getByRole('radio', { name: '16 or over' }))
    await user.click(
      within(screen.getByRole('group', { name: /how happy/ })).getByRole('radio', { name: '8' }),
    )
    await user.click(skip)

    await screen.findByRole('heading', { name: /Saved/ })
    // Skipped: nothing kept, and the offer waits a fortnight rather than coming straight back.
    expect((await newest())?.ons).toEqual({})
  })

  it('does not ask the wellbeing questions of under-10s', async () => {
    const user = await renderCheckIn()
    await screen.findByText(/Step 1 of 4/)
    await user.click(screen.getByRole('radio', { name: 'Okay' }))
    await user.click(button('Next'))
    await user.click(button('Next'))
    await user.click(button('Next'))
    await user.click(screen.getByRole('radio', { name: 'Under 10' }))
    expect(screen.getByText(/for people aged 10 and over/)).toBeVisible()
    expect(screen.queryByRole('group', { name: /Overall/ })).toBeNull()
  })

  it('keeps everything chosen and typed when the device is full, and saves on a retry', async () => {
    await answeredWellbeingYesterday()
    vi.mocked(addCheckIn).mockRejectedValueOnce(quotaExceeded())
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = await renderCheckIn()
    await user.click(screen.getByRole('radio', { name: 'Low' }))
    await user.click(button('Next'))
    await user.click(screen.getByRole('checkbox', { name: 'Lonely' }))
    await user.click(button('Next'))
    await user.click(screen.getByRole('checkbox', { name: 'Friends' }))
    await user.type(screen.getByRole('textbox', { name: /Anything else/ }), 'Left out at lunch')
    await user.click(button('Save my check-in'))

    expect(await screen.findByRole('status')).toHaveTextContent(
      /We couldn't save this on your device because it is full/,
    )
    expect(screen.getByRole('textbox', { name: /Anything else/ })).toHaveValue('Left out at lunch')
    expect(screen.getByRole('checkbox', { name: 'Friends' })).toBeChecked()
    await user.click(button('Back'))
    expect(screen.getByRole('checkbox', { name: 'Lonely' })).toBeChecked()
    await user.click(button('Next'))
    expect(await listCheckIns()).toHaveLength(1)

    await user.click(button('Save my check-in'))
    await screen.findByRole('heading', { name: /Saved/ })
    expect(await newest()).toMatchObject({
      mood: 2,
      feelings: ['lonely'],
      happenings: ['friends'],
      note: 'Left out at lunch',
    })
    vi.mocked(console.error).mockRestore()
  })
})

describe('CheckInPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('asks how you feel in Welsh, with Welsh moods and steps', async () => {
    renderPure(
      <I18nProvider i18n={i18nFor('cy')}>
        <MemoryRouter initialEntries={['/check-in']}>
          <CheckInPage />
        </MemoryRouter>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Cofnodi teimlad' })).toBeVisible()
    expect(await screen.findByText(/Cam 1 o [34]/)).toBeVisible()
    expect(screen.getByRole('radio', { name: 'Isel iawn' })).toBeVisible()
    expect(
      screen.getByRole('checkbox', { name: 'Dw i ddim yn teimlo’n ddiogel ar hyn o bryd' }),
    ).toBeVisible()
  })
})

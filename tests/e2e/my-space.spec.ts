import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  HELP_FIRST_HEADING,
  addGoal,
  addPlanItem,
  axeAtWidths,
  checkIn,
  deviceContext,
  fillAboutMe,
  historyRows,
  openHistory,
  openSafetyPlan,
  planItems,
  rateGoal,
  readDatabase,
  sayNotSafe,
  startRecordingProxy,
} from './my-space-support.ts'
import { baseUrl, gotoReady, useBrowser } from './support.ts'

const WARNING_SIGNS = 'Signs that things are getting hard'
const HELPS = 'Things that help me cope'
const PEOPLE = 'People I can ask for help'
const PROFESSIONALS = 'Professionals and services'
const REASONS = 'Things worth living for'

async function makePrivateLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Make a private link' }).click()
  const box = page.getByRole('textbox', { name: 'Your private link' })
  await box.waitFor()
  return box.inputValue()
}

function goalCard(page: Page, title: string) {
  return page.locator('.goal-card').filter({ has: page.getByRole('heading', { name: title }) })
}

describe('my space', () => {
  const browser = useBrowser()

  it('keeps a safety plan across a reload, opens it from Get help now, and shows it when someone is not safe', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await openSafetyPlan(page)
    await addPlanItem(page, WARNING_SIGNS, 'Add a sign', 'I stay in my room all day')
    await addPlanItem(page, HELPS, 'Add something that helps', 'Listen to my calm playlist')
    await addPlanItem(page, PEOPLE, 'Name', 'Aunt Sam', '07700 900123')
    const professionals = page.getByRole('region', { name: PROFESSIONALS })
    await professionals.getByRole('button', { name: 'Add: Childline' }).click()
    await professionals.getByRole('button', { name: 'Childline (in your plan)' }).waitFor()
    await addPlanItem(page, REASONS, 'Add something that matters to you', 'My little brother')

    await page.reload()
    await page.getByRole('region', { name: WARNING_SIGNS }).waitFor()
    await page.getByText('I stay in my room all day').waitFor()
    expect(await planItems(page, WARNING_SIGNS)).toEqual(['I stay in my room all day'])
    expect(await planItems(page, HELPS)).toEqual(['Listen to my calm playlist'])
    expect(await planItems(page, PEOPLE)).toEqual(['Aunt Sam, 07700 900123'])
    expect(await planItems(page, PROFESSIONALS)).toEqual(['Childline, 0800 1111'])
    expect(await planItems(page, REASONS)).toEqual(['My little brother'])

    await gotoReady(page, '/help')
    await page
      .getByRole('region', { name: 'Your safety plan' })
      .getByRole('link', { name: 'Open my safety plan' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/my-space/safety-plan')
    await page.getByText('Aunt Sam').waitFor()

    await gotoReady(page, '/check-in')
    await sayNotSafe(page)
    const help = page.getByRole('region', { name: HELP_FIRST_HEADING })
    const plan = help.getByRole('region', { name: 'Your safety plan' })
    await plan.waitFor()
    const planText = await plan.innerText()
    expect(planText).toContain('Aunt Sam')
    expect(planText).toContain('Listen to my calm playlist')
    expect(planText).toContain('Childline')
    await expect(
      plan.getByRole('link', { name: '07700 900123' }).getAttribute('href'),
    ).resolves.toBe('tel:07700900123')
    await plan.getByRole('link', { name: 'Open my full safety plan' }).waitFor()
    await context.close()
  })

  it('adds a goal, rates it, shows the ratings as a chart and a table, and kindly refuses a fourth goal', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/my-space/goals')
    await page.getByRole('heading', { name: 'Add your first goal' }).waitFor()
    const title = 'Feel less worried at school'
    await addGoal(page, title)
    await page.getByRole('status').getByText(`Added “${title}”. Saved on this device.`).waitFor()
    await rateGoal(page, title, 3)
    await rateGoal(page, title, 6)

    const card = goalCard(page, title)
    await expect(card.getByRole('img').getAttribute('aria-label')).resolves.toMatch(
      /^Your ratings for “Feel less worried at school”: first 3 out of 10 on .*, latest 6 out of 10 on .*\. Lowest 3, highest 6\.$/,
    )
    await card.getByText('Show the ratings as a table').click()
    const table = card.getByRole('table', { name: `Your ratings for “${title}”` })
    await table.waitFor()
    const cells = await table.locator('tbody td').allInnerTexts()
    expect(cells).toEqual(['3 out of 10', '6 out of 10'])

    await addGoal(page, 'Tell my mum when I’m upset')
    await addGoal(page, 'Go to bed before 11')
    await page
      .getByText(
        'You have three goals, which is the most at one time. To add a new one, move a goal to your past goals or delete one.',
      )
      .waitFor()
    await expect(
      page.getByRole('textbox', { name: 'Your goal, in your own words' }).count(),
    ).resolves.toBe(0)

    // Moving one to past goals makes room again.
    await page.getByRole('button', { name: 'Move to past goals: Go to bed before 11' }).click()
    await page.getByRole('textbox', { name: 'Your goal, in your own words' }).waitFor()
    const { goals, goalRatings } = await readDatabase(page)
    expect(goals).toHaveLength(3)
    expect(goalRatings).toHaveLength(2)
    await context.close()
  })

  it('changes one check-in, then deletes another, from the history', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await checkIn(page, { mood: 'Good', feelings: ['Tired'], note: 'Morning check-in' })
    await checkIn(page, { mood: 'Okay', note: 'Evening check-in' })

    await openHistory(page)
    const table = page.getByRole('table', { name: /Your check-ins in/ })
    await table
      .getByRole('row')
      .filter({ hasText: 'Morning check-in' })
      .getByRole('link', { name: /Change or delete/ })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Change a check-in' }).waitFor()
    await page
      .getByRole('group', { name: 'How you felt' })
      .getByRole('radio', { name: 'Great' })
      .check()
    await page.getByRole('checkbox', { name: 'Tired', exact: true }).uncheck()
    await page.getByRole('checkbox', { name: 'Hopeful', exact: true }).check()
    await page.getByRole('textbox', { name: 'Note (if you want one)' }).fill('Morning, changed')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Your changes are saved on this device.').waitFor()
    await page.getByRole('link', { name: 'Back to your check-ins' }).click()

    let rows = await historyRows(page)
    expect(rows).toHaveLength(2)
    const changed = rows.find((row) => row.includes('Morning, changed'))
    expect(changed).toContain('Great')
    expect(changed).toContain('Hopeful')
    expect(changed).not.toContain('Tired')

    await table
      .getByRole('row')
      .filter({ hasText: 'Evening check-in' })
      .getByRole('link', { name: /Change or delete/ })
      .click()
    await page.getByRole('button', { name: 'Delete this check-in' }).click()
    await page
      .getByText('Delete this check-in? Once it is deleted, you can’t get it back.')
      .waitFor()
    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Your check-ins' }).waitFor()
    await page.getByRole('status').getByText('The check-in was deleted.').waitFor()
    rows = await historyRows(page)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('Morning, changed')

    const { checkIns } = await readDatabase(page)
    expect(checkIns).toEqual([
      expect.objectContaining({ mood: 5, feelings: ['hopeful'], note: 'Morning, changed' }),
    ])
    await context.close()
  })

  it('opens an About me private link on another device, and the server never sees its #fragment', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await fillAboutMe(page, {
      name: 'Robin',
      pronouns: 'they/them',
      toKnow: 'I find new places hard at first.',
      whatHelps: 'Time to think before I answer.',
    })
    const link = await makePrivateLink(page)
    const made = new URL(link)
    expect(made.origin).toBe(new URL(baseUrl()).origin)
    expect(made.pathname).toBe('/my-space/about-me/shared')
    expect(made.hash.length).toBeGreaterThan(20)
    // Nothing of the story is readable in the link itself.
    expect(link).not.toContain('Robin')

    const proxy = await startRecordingProxy(baseUrl())
    // A separate browser profile: nothing shared with the device that made the link.
    const elsewhere = await deviceContext(browser())
    try {
      const reader = await elsewhere.newPage()
      await reader.goto(`${proxy.url}${made.pathname}${made.hash}`)
      await reader.getByRole('heading', { level: 1, name: 'About me, shared with you' }).waitFor()
      await reader.getByRole('heading', { name: 'What I like to be called' }).waitFor()
      const shown = await reader.locator('main').innerText()
      for (const words of [
        'Robin',
        'they/them',
        'I find new places hard at first.',
        'Text message',
      ])
        expect(shown).toContain(words)
      await expect(readDatabase(reader)).resolves.toEqual({})

      expect(proxy.requests).toContain('/my-space/about-me/shared')
      const fragment = made.hash.slice(1)
      for (const requested of proxy.requests) {
        expect(requested).not.toContain('#')
        expect(requested).not.toContain(fragment.slice(0, 16))
      }
    } finally {
      await elsewhere.close()
      await proxy.close()
    }
    await context.close()
  })

  it('says the third goal was added, and keeps keyboard focus, when the form gives way to the limit message', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/my-space/goals')
    await addGoal(page, 'Feel less worried at school')
    await addGoal(page, 'Tell my mum when I’m upset')
    const box = page.getByRole('textbox', { name: 'Your goal, in your own words' })
    await box.fill('Go to bed before 11')
    await box.press('Enter')
    await page.getByText(/You have three goals, which is the most at one time/).waitFor()

    const confirmed = await page
      .getByRole('status')
      .filter({ hasText: 'Go to bed before 11' })
      .waitFor({ timeout: 2_000 })
      .then(
        () => true,
        () => false,
      )
    const focusDropped = await page.evaluate(() => document.activeElement === document.body)
    expect({ confirmed, focusDropped }).toEqual({ confirmed: true, focusDropped: false })
    await context.close()
  })

  it('keeps keyboard focus in the page when a save button is pressed with Enter', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    const lost: string[] = []
    const pressWithEnter = async (button: string, done: RegExp) => {
      const target = page.getByRole('button', { name: button, exact: true })
      await target.focus()
      await page.keyboard.press('Enter')
      await page.getByText(done).first().waitFor()
      const dropped = await page.evaluate(() => document.activeElement === document.body)
      if (dropped) lost.push(`${button}: focus dropped to the page itself (body)`)
    }

    await gotoReady(page, '/my-space/goals')
    await page.getByRole('textbox', { name: 'Your goal, in your own words' }).fill('Walk the dog')
    await pressWithEnter('Add this goal', /Added “Walk the dog”/)
    await page.getByRole('radio', { name: '4', exact: true }).check()
    await pressWithEnter('Save this rating', /Saved: 4 out of 10\./)

    await gotoReady(page, '/my-space/about-me')
    await page.getByRole('textbox', { name: 'What I like to be called' }).fill('Sam')
    await pressWithEnter('Save About me', /^Saved on this device\.$/)

    expect(lost).toEqual([])
    await context.close()
  })
})

/**
 * Every My space screen with someone's data in it. The data goes in once, the way a person would
 * put it there, over a few weeks (the page's clock is set for each check-in).
 */
describe('my space with data in it: accessibility (axe-core, WCAG 2.2 AA)', () => {
  const browser = useBrowser()
  let context: BrowserContext
  let page: Page
  let sharedLink = ''

  beforeAll(async () => {
    context = await deviceContext(browser())
    page = await context.newPage()
    const days: [string, Parameters<typeof checkIn>[1]][] = [
      ['2026-03-02T08:30:00Z', { mood: 'Good', feelings: ['Calm'], note: 'A good start' }],
      ['2026-03-06T18:00:00Z', { mood: 'Okay', happenings: ['School or college'] }],
      ['2026-03-11T19:00:00Z', { mood: 'Great', feelings: ['Proud', 'Excited'] }],
      ['2026-03-16T20:00:00Z', { mood: 'Low', feelings: ['Tired'], note: 'Long day' }],
      ['2026-03-20T17:00:00Z', { mood: 'Really low', unsafe: true, note: 'Hard evening' }],
    ]
    for (const [at, answers] of days) {
      await page.clock.setFixedTime(new Date(at))
      await checkIn(page, answers)
    }

    await gotoReady(page, '/my-space/goals')
    await addGoal(page, 'Feel less worried at school')
    await rateGoal(page, 'Feel less worried at school', 2)
    await rateGoal(page, 'Feel less worried at school', 5)
    await addGoal(page, 'Sleep before midnight')
    await page.getByRole('button', { name: 'Move to past goals: Sleep before midnight' }).click()
    await page.getByRole('heading', { name: 'Add a goal' }).waitFor()

    await openSafetyPlan(page)
    await addPlanItem(page, WARNING_SIGNS, 'Add a sign', 'I stop eating properly')
    await addPlanItem(page, PEOPLE, 'Name', 'Mr Patel at school', '0117 496 0000')
    await page
      .getByRole('region', { name: PROFESSIONALS })
      .getByRole('button', { name: 'Add: Samaritans' })
      .click()
    await addPlanItem(page, REASONS, 'Add something that matters to you', 'My dog, Pip')

    await fillAboutMe(page, {
      name: 'Jay',
      pronouns: 'he/him',
      toKnow: 'I moved school this year.',
      whatHelps: 'Having a friend with me.',
    })
    sharedLink = await makePrivateLink(page)

    await gotoReady(page, '/self-help/sleep')
    await page.getByRole('button', { name: 'Save to My space' }).click()
    await page.getByText('Saved to My space. It stays on this device.').waitFor()
  })

  afterAll(async () => {
    await context.close()
  })

  /** Each screen: where it opens, and what shows its data is there before axe looks at it. */
  const screens: { name: string; path: () => string; ready: () => Promise<unknown> }[] = [
    {
      name: 'My space',
      path: () => '/my-space',
      ready: () => page.getByRole('heading', { name: 'The last four weeks' }).waitFor(),
    },
    {
      name: 'history',
      path: () => '/my-space/history',
      ready: async () => {
        await page.getByRole('table', { name: 'Your check-ins in March 2026' }).waitFor()
        expect(await historyRows(page)).toHaveLength(5)
      },
    },
    {
      name: 'one check-in, asking before deleting',
      path: () => '/my-space/history',
      ready: async () => {
        await page
          .getByRole('link', { name: /Change or delete/ })
          .first()
          .click()
        await page.getByRole('button', { name: 'Delete this check-in' }).click()
        await page.getByText(/Once it is deleted/).waitFor()
      },
    },
    {
      name: 'goals',
      path: () => '/my-space/goals',
      ready: async () => {
        await page.getByText('Show the ratings as a table').click()
        await page.getByRole('table', { name: /Your ratings for/ }).waitFor()
        await page.getByRole('heading', { name: 'Sleep before midnight' }).waitFor()
      },
    },
    {
      name: 'safety plan',
      path: () => '/my-space/safety-plan',
      ready: () => page.getByText('Mr Patel at school').waitFor(),
    },
    {
      name: 'About me, with a private link made',
      path: () => '/my-space/about-me',
      ready: async () => {
        await expect(
          page.getByRole('textbox', { name: 'What I like to be called' }).inputValue(),
        ).resolves.toBe('Jay')
        await makePrivateLink(page)
      },
    },
    {
      name: 'a shared About me',
      path: () => sharedLink,
      ready: () => page.getByRole('heading', { name: 'What I like to be called' }).waitFor(),
    },
    {
      name: 'saved',
      path: () => '/my-space/saved',
      ready: () => page.locator('.saved__link').first().waitFor(),
    },
    {
      name: 'your data',
      path: () => '/my-space/your-data',
      ready: () => page.getByText(/On this device now: 5 check-ins/).waitFor(),
    },
  ]

  it('finds no violations on any My space screen at 320px and 1280px', async () => {
    const found: string[] = []
    for (const screen of screens) {
      await page.setViewportSize({ width: 1280, height: 900 })
      await gotoReady(page, screen.path())
      await screen.ready()
      found.push(...(await axeAtWidths(page, screen.name)))
    }
    expect(found).toEqual([])
  })
})

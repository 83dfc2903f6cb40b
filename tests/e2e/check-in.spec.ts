import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  HELP_FIRST_HEADING,
  SAVED_HEADING,
  carryOnAfterHelp,
  checkIn,
  chooseMood,
  axeAtWidths,
  deviceContext,
  expectFocusOnHeading,
  fillCheckIn,
  historyRows,
  openHistory,
  pressNext,
  readDatabase,
  saveCheckIn,
  sayNotSafe,
} from './my-space-support.ts'
import { gotoReady, useBrowser, waitForServiceWorker } from './support.ts'

interface AreaLine {
  name: string
  actions: { label: string }[]
}

const area = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../areas/demo/area.json'), 'utf8'),
) as { crisisLines: AreaLine[] }

/** Who the help-first panel must name, and how to reach each: the national lines and the area's. */
const HELP_NOW: readonly { name: string | RegExp; action: string }[] = [
  { name: 'Emergency services', action: 'Call 999' },
  { name: 'Shout', action: 'Text SHOUT to 85258' },
  { name: 'Childline', action: 'Call 0800 1111' },
  { name: 'Samaritans', action: 'Call 116 123' },
  ...area.crisisLines.map((line) => ({
    name: line.name,
    action: line.actions[0]?.label ?? '',
  })),
]

async function expectHelpFirst(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: HELP_FIRST_HEADING })
  await panel.waitFor()
  await expectFocusOnHeading(page, HELP_FIRST_HEADING)
  for (const contact of HELP_NOW) {
    const card = panel.getByRole('article', { name: contact.name })
    await expect(card.getByRole('link', { name: contact.action }).count()).resolves.toBe(1)
  }
  await expect(panel.getByRole('link', { name: 'Call 999' }).getAttribute('href')).resolves.toBe(
    'tel:999',
  )
  // Nothing else of the check-in is on screen until the person chooses to carry on.
  await expect(page.getByRole('radio').count()).resolves.toBe(0)
  await expect(page.getByRole('button', { name: 'Next', exact: true }).count()).resolves.toBe(0)
}

describe('check-in', () => {
  const browser = useBrowser()

  it('does a whole check-in offline, and after a reload it is in the history with its note', async () => {
    const context = await deviceContext(browser(), { serviceWorkers: 'allow' })
    const page = await context.newPage()
    await gotoReady(page, '/check-in')
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await page.waitForSelector('html[data-ready]', { state: 'attached' })

    await fillCheckIn(page, {
      mood: 'Good',
      feelings: ['Calm', 'Tired'],
      happenings: ['School or college', 'Sleep'],
      note: 'Offline note: finished my art project',
    })
    await saveCheckIn(page)

    await page.reload()
    await page.waitForSelector('html[data-ready]', { state: 'attached' })
    await openHistory(page)
    const rows = await historyRows(page)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('Good')
    expect(rows[0]).toContain('Calm, Tired')
    expect(rows[0]).toContain('School or college, Sleep')
    expect(rows[0]).toContain('Offline note: finished my art project')

    // The calendar shows today with the mood's shape, and says so in words.
    const month = page.getByRole('region', { name: 'Month by month' })
    await expect(month.locator('.mood-grid__day--today .mood-shape--4').count()).resolves.toBe(1)
    await expect(month.getByRole('img', { name: /: Good on 1 day\./ }).count()).resolves.toBe(1)
    await context.close()
  })

  it('shows help first, with focus on it, when someone says they don’t feel safe; carrying on still saves', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/check-in')
    await sayNotSafe(page)
    await expectHelpFirst(page)

    await page.getByRole('button', { name: 'Carry on with my check-in' }).click()
    // Back where they were, with their answer kept.
    await expect(
      page.getByRole('checkbox', { name: 'I don’t feel safe right now' }).isChecked(),
    ).resolves.toBe(true)
    await chooseMood(page, 'Low')
    await pressNext(page, /Which words fit how you feel/)
    await page.getByRole('checkbox', { name: 'Scared', exact: true }).check()
    await pressNext(page, /What is going on for you/)
    await saveCheckIn(page)
    // After a hard check-in, the thank-you points to help and to their plan again.
    const saved = page.getByRole('region', { name: SAVED_HEADING })
    await saved.getByRole('link', { name: 'get help now', exact: true }).waitFor()
    await saved.getByRole('link', { name: 'your safety plan' }).waitFor()

    const { checkIns } = await readDatabase(page)
    expect(checkIns).toEqual([
      expect.objectContaining({ mood: 2, unsafe: true, feelings: ['scared'] }),
    ])
    await context.close()
  })

  it('shows help first when someone picks the lowest mood; carrying on still saves', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await gotoReady(page, '/check-in')
    await chooseMood(page, 'Really low')
    await expectHelpFirst(page)
    await page.getByRole('button', { name: 'Carry on with my check-in' }).click()
    await expect(page.getByRole('radio', { name: 'Really low' }).isChecked()).resolves.toBe(true)
    await pressNext(page, /Which words fit how you feel/)
    await pressNext(page, /What is going on for you/)
    await page.getByRole('textbox', { name: /Anything else/ }).fill('A hard day')
    await saveCheckIn(page)

    await openHistory(page)
    const rows = await historyRows(page)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('Really low')
    expect(rows[0]).toContain('A hard day')
    await context.close()
  })

  it('keeps two tabs in step: a check-in made in one shows in the other’s history without a reload', async () => {
    const context = await deviceContext(browser())
    const history = await context.newPage()
    await openHistory(history)
    await history.getByRole('heading', { name: 'Nothing here yet' }).waitFor()

    const other = await context.newPage()
    await checkIn(other, { mood: 'Great', note: 'Made in the other tab' })

    await history.getByRole('table', { name: /Your check-ins in/ }).waitFor()
    const rows = await historyRows(history)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('Great')
    expect(rows[0]).toContain('Made in the other tab')
    await context.close()
  })

  it('says clearly when the device won’t store anything, and keeps what was typed', async () => {
    const context = await deviceContext(browser())
    // Storage switched off, as some private modes do: every attempt to open a database fails.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
        throw new DOMException('Storage is not allowed here', 'SecurityError')
      }
    })
    const page = await context.newPage()
    await gotoReady(page, '/check-in')
    await fillCheckIn(page, {
      mood: 'Okay',
      feelings: ['Worried'],
      happenings: ['Friends'],
      note: 'Words I do not want to type again',
    })
    await page.getByRole('button', { name: 'Save my check-in' }).click()
    await page
      .getByRole('status')
      .getByText(/We couldn't save this on your device\. Your browser isn't letting Harbour keep/)
      .waitFor()
    await expect(page.getByText(/What you wrote is still here/).count()).resolves.toBe(1)
    await expect(
      page.getByRole('textbox', { name: /Anything else you want to note/ }).inputValue(),
    ).resolves.toBe('Words I do not want to type again')
    await expect(
      page.getByRole('checkbox', { name: 'Friends', exact: true }).isChecked(),
    ).resolves.toBe(true)
    await expect(page.getByRole('heading', { name: SAVED_HEADING }).count()).resolves.toBe(0)
    // Going back keeps the earlier answers too.
    await page.getByRole('button', { name: 'Back' }).click()
    await expect(
      page.getByRole('checkbox', { name: 'Worried', exact: true }).isChecked(),
    ).resolves.toBe(true)
    await context.close()
  })

  it('has no accessibility violations on any step at 320px and 1280px, help first and the wellbeing questions included', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    const found: string[] = []
    const check = async (where: string) => found.push(...(await axeAtWidths(page, where)))

    await gotoReady(page, '/check-in')
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await page.getByText('Choose how you are feeling to go on.').waitFor()
    await check('mood step, with its error')
    await sayNotSafe(page)
    await page.getByRole('heading', { name: HELP_FIRST_HEADING }).waitFor()
    await check('help first')
    await page.getByRole('button', { name: 'Carry on with my check-in' }).click()
    await chooseMood(page, 'Really low')
    await carryOnAfterHelp(page)
    await pressNext(page, /Which words fit how you feel/)
    await page.getByRole('checkbox', { name: 'Lonely', exact: true }).check()
    await check('feelings step')
    await pressNext(page, /What is going on for you/)
    await page.getByRole('textbox', { name: /Anything else/ }).fill('A note')
    await check('what is going on step')
    await pressNext(page, /A few more questions, if you like/)
    await page.getByRole('radio', { name: '16 or over' }).check()
    const question = page.getByRole('group', { name: /how anxious did you feel yesterday/ })
    await question.getByRole('radio', { name: '3', exact: true }).check()
    await expect(page.getByText(/Open Government Licence v3\.0/).count()).resolves.toBe(1)
    await check('wellbeing questions')
    await page.getByRole('button', { name: 'Save my check-in' }).click()
    await page.getByRole('heading', { name: SAVED_HEADING }).waitFor()
    await check('saved')
    expect(found).toEqual([])

    const [row] = (await readDatabase(page)).checkIns ?? []
    expect(row).toMatchObject({ mood: 1, unsafe: true, ons: { anxiety: 3 } })
    await context.close()
  })
})

import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  addGoal,
  addPlanItem,
  axeFindings,
  checkIn,
  countRecords,
  deviceContext,
  fillAboutMe,
  historyRows,
  openHistory,
  openSafetyPlan,
  rateGoal,
  readDatabase,
} from './my-space-support.ts'
import { gotoReady, useBrowser } from './support.ts'

const FILE_BOX = 'Choose a Harbour export file'
const NOTHING_CHANGED = 'Nothing on this device has been changed.'

async function openYourData(page: Page): Promise<void> {
  await gotoReady(page, '/my-space/your-data')
  await page.getByText(/^(On this device now: |There is nothing saved)/).waitFor()
}

/** Downloads everything as JSON, the way a person would, and reads the file the browser saved. */
async function downloadEverything(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download everything (JSON file)' }).click(),
  ])
  await page.getByText(/Your file “harbour-export-.*\.json” is ready/).waitFor()
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') }
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel(FILE_BOX).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  })
}

async function refusedWith(page: Page, name: string, words: RegExp): Promise<string> {
  const heading = page.getByRole('heading', { name: `“${name}” can’t be brought back` })
  await heading.waitFor()
  const result = page.locator('.data-result', { has: heading })
  const text = await result.innerText()
  expect(text).toMatch(words)
  expect(text).toContain(NOTHING_CHANGED)
  return text
}

describe('your data', () => {
  const browser = useBrowser()

  it('exports everything, deletes everything, and brings back exactly the same records', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await checkIn(page, {
      mood: 'Good',
      feelings: ['Calm'],
      happenings: ['Friends'],
      note: 'Went to the park',
    })
    await checkIn(page, { mood: 'Low', feelings: ['Worried'], note: 'Test tomorrow' })
    await gotoReady(page, '/my-space/goals')
    await addGoal(page, 'Feel calmer before tests')
    await rateGoal(page, 'Feel calmer before tests', 4)
    await rateGoal(page, 'Feel calmer before tests', 7)
    await openSafetyPlan(page)
    await addPlanItem(page, 'Things that help me cope', 'Add something that helps', 'Drawing')
    await addPlanItem(page, 'People I can ask for help', 'Name', 'Gran', '0117 496 0123')
    await fillAboutMe(page, {
      name: 'Alex',
      pronouns: 'she/her',
      toKnow: 'I get anxious in big groups.',
      whatHelps: 'Being told what will happen next.',
    })
    await gotoReady(page, '/self-help/sleep')
    await page.getByRole('button', { name: 'Save to My space' }).click()
    await page.getByText('Saved to My space. It stays on this device.').waitFor()

    const before = await readDatabase(page)
    expect(countRecords(before)).toMatchObject({
      checkIns: 2,
      goals: 1,
      goalRatings: 2,
      savedItems: 1,
      documents: 2,
    })

    await openYourData(page)
    await page.getByText(/On this device now: 2 check-ins, 1 goal, 2 goal ratings/).waitFor()
    const file = await downloadEverything(page)
    expect(file.name).toMatch(/^harbour-export-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = JSON.parse(file.text) as { format: string; tables: Record<string, unknown[]> }
    expect(exported.format).toBe('harbour-export')
    expect(exported.tables.checkIns).toHaveLength(2)

    await page.getByRole('button', { name: 'Delete everything…' }).click()
    const question = page.getByText('Delete everything Harbour keeps on this device?')
    await question.waitFor()
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click()
    await page.getByText('Done. Everything Harbour kept on this device is deleted.').waitFor()
    await page.getByText('There is nothing saved in Harbour on this device right now.').waitFor()

    // My space is empty everywhere a person would look.
    const emptied = await readDatabase(page)
    expect(Object.values(countRecords(emptied)).every((count) => count === 0)).toBe(true)
    await openHistory(page)
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor()
    await gotoReady(page, '/my-space/goals')
    await page.getByRole('heading', { name: 'Add your first goal' }).waitFor()
    await gotoReady(page, '/my-space/saved')
    await page.getByText(/Nothing saved yet/).waitFor()
    await openSafetyPlan(page)
    await expect(page.locator('.plan-item').count()).resolves.toBe(0)
    await gotoReady(page, '/my-space/about-me')
    const name = page.getByRole('textbox', { name: 'What I like to be called' })
    await name.waitFor()
    await expect(name.inputValue()).resolves.toBe('')

    await openYourData(page)
    await chooseFile(page, file.name, file.text)
    const preview = page.getByRole('heading', { name: 'Here is what will change' })
    await preview.waitFor()
    const lines = await page.locator('.data-result li').allInnerTexts()
    expect(lines).toEqual(
      expect.arrayContaining([
        'Add 2 check-ins.',
        'Add 1 goal.',
        'Add 2 goal ratings.',
        'Add 1 saved item.',
        'Add your safety plan.',
        'Add your About me.',
      ]),
    )
    expect(countRecords(await readDatabase(page)).checkIns).toBe(0)
    await page.getByRole('button', { name: 'Bring back this copy' }).click()
    await page.getByRole('heading', { name: 'Done: your copy is back' }).waitFor()

    expect(await readDatabase(page)).toEqual(before)
    await openHistory(page)
    const rows = await historyRows(page)
    expect(rows.join('\n')).toContain('Went to the park')
    expect(rows.join('\n')).toContain('Test tomorrow')
    await context.close()
  })

  it('refuses a cut-short, a foreign and a wrong file with a clear reason, and changes nothing', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await checkIn(page, { mood: 'Okay', note: 'Already here' })
    await openYourData(page)
    const file = await downloadEverything(page)
    const before = await readDatabase(page)
    const found: string[] = []

    await chooseFile(page, 'harbour-export-cut.json', file.text.slice(0, file.text.length / 2))
    await refusedWith(page, 'harbour-export-cut.json', /part of it is missing or damaged/)
    found.push(...(await axeFindings(page, 'your data, a refused file')))
    await page.getByRole('button', { name: 'Choose another file' }).click()

    await chooseFile(page, 'notes.json', JSON.stringify({ notes: ['not from Harbour'] }))
    await refusedWith(page, 'notes.json', /This is not a Harbour export/)
    await page.getByRole('button', { name: 'Choose another file' }).click()

    // A new, good check-in next to a broken one: all or nothing, so neither comes in.
    const wrong = JSON.parse(file.text) as { tables: { checkIns: Record<string, unknown>[] } }
    const [kept] = wrong.tables.checkIns
    wrong.tables.checkIns = [
      { ...kept, id: '6d3f2a43-9a4e-4c36-8f0e-0f1d7f6b2a11', note: 'Should not arrive' },
      { ...kept, id: '0b7e6a52-3c1d-4f2b-9e8a-5a4c3b2d1e00', mood: 9 },
    ]
    await chooseFile(page, 'harbour-export-changed.json', JSON.stringify(wrong))
    const text = await refusedWith(page, 'harbour-export-changed.json', /some of it is not right/)
    expect(text).toContain('Check-in 2: “mood” should be a mood from 1 to 5.')

    expect(await readDatabase(page)).toEqual(before)
    await openHistory(page)
    const rows = await historyRows(page)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('Already here')

    await openYourData(page)
    await chooseFile(page, file.name, file.text)
    await page.getByRole('heading', { name: 'Nothing would change' }).waitFor()
    found.push(...(await axeFindings(page, 'your data, a file already here')))
    expect(found).toEqual([])
    await context.close()
  })
})

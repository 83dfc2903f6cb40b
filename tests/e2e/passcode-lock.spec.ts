import { describe, expect, it } from 'vitest'
import {
  addPlanItem,
  checkIn,
  deviceContext,
  historyRows,
  openHistory,
  openSafetyPlan,
  planItems,
  readDatabase,
} from './my-space-support.ts'
import { gotoReady, runAxe, useBrowser } from './support.ts'

const HELPS = 'Things that help me cope'
const NOTE = 'Marker-note-for-the-lock-test'
const PASSCODE = 'harbour-lock-1'

describe('passcode lock', () => {
  const browser = useBrowser()

  it('locks My space at rest, unlocks with the passcode and turns off with nothing lost', async () => {
    const context = await deviceContext(browser())
    context.setDefaultTimeout(20_000)
    const page = await context.newPage()
    await checkIn(page, { mood: 'Okay', feelings: ['Calm'], note: NOTE })
    await openSafetyPlan(page)
    await addPlanItem(page, HELPS, 'Add something that helps', 'Walk by the river')
    const before = await readDatabase(page)

    await gotoReady(page, '/my-space/lock')
    await page.getByLabel('Passcode', { exact: true }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
    await page.getByLabel('Type it again').fill(PASSCODE)
    await page.getByRole('button', { name: 'Turn the lock on' }).click()
    await page.getByText(/The lock is on/).waitFor()

    // At rest, nothing a person wrote can be read from the database.
    const sealed = JSON.stringify(await readDatabase(page))
    expect(sealed).not.toContain(NOTE)
    expect(sealed).not.toContain('Walk by the river')
    // The feeling as stored (its value, in JSON quotes, which base64url ciphertext never holds).
    expect(sealed).not.toContain('"calm"')

    // A new visit starts locked, and Get help now stays open.
    await gotoReady(page, '/my-space/history')
    await page.getByRole('heading', { level: 1, name: 'My space is locked' }).waitFor()
    expect(await runAxe(page)).toEqual([])
    await expect(
      page.getByRole('link', { name: 'Get help now' }).first().isVisible(),
    ).resolves.toBe(true)
    await page.getByLabel('Passcode', { exact: true }).fill('not the passcode')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page
      .getByText(/didn’t work/)
      .first()
      .waitFor()
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByRole('heading', { level: 1, name: 'Your check-ins' }).waitFor()
    expect((await historyRows(page)).join(' ')).toContain(NOTE)

    // Turning it off needs the passcode, and gives back exactly what was there.
    await gotoReady(page, '/my-space/lock')
    await page.getByRole('heading', { level: 1, name: 'My space is locked' }).waitFor()
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE)
    await page.getByRole('button', { name: 'Unlock' }).click()
    const off = page.getByRole('region', { name: 'Turn the lock off' })
    await off.getByRole('button', { name: 'Turn the lock off' }).click()
    await off.getByLabel('Your passcode').fill(PASSCODE)
    await off.getByRole('button', { name: 'Turn the lock off' }).click()
    await page
      .getByText(/The lock is off/)
      .first()
      .waitFor()
    expect(await readDatabase(page)).toEqual(before)

    await openHistory(page)
    expect((await historyRows(page)).join(' ')).toContain(NOTE)
    await openSafetyPlan(page)
    expect(await planItems(page, HELPS)).toContain('Walk by the river')
    await context.close()
  })
})

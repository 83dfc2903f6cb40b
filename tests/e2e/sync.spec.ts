import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { generateRecoveryKey } from '../../src/features/sync/engine/recovery-key.ts'
import {
  axeAtWidths,
  checkIn,
  deviceContext,
  historyRows,
  openHistory,
  readDatabase,
} from './my-space-support.ts'
import { baseUrl, gotoReady, useBrowser } from './support.ts'

const NEW_KEY_HEADING = 'Sync is on: here is your recovery key'
const SAVED_NOTICE =
  'Sync is on. To use it on another device, open Harbour there and use your recovery key.'
const JOINED_NOTICE = 'Sync is on. Your synced things are coming onto this device.'
const NO_MATCH = 'This key doesn’t match any synced data. Nothing on this device was changed.'
const DELETED_NOTICE =
  'Your synced data was deleted from the server, and sync is off on this device.'
const ACCOUNT_GONE = 'The synced data for your recovery key was deleted'

/** Every address a context's pages ask for, to check that none leaves the app's own origin. */
function recordRequests(context: BrowserContext): () => string[] {
  const requested: string[] = []
  context.on('request', (request) => requested.push(request.url()))
  const origin = new URL(baseUrl()).origin
  return () => requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))
}

async function openSync(page: Page): Promise<void> {
  await gotoReady(page, '/settings')
  await page.getByRole('heading', { level: 2, name: 'Sync between your devices' }).waitFor()
}

/** Turns sync on and reads the new key as the page shows it, in its groups. */
async function turnOnSync(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Turn on sync' }).click()
  await page.getByRole('heading', { level: 3, name: NEW_KEY_HEADING }).waitFor()
  const grouped = await page.locator('.recovery-key__value code').innerText()
  expect(grouped).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/)
  return grouped
}

/** The quiet line saying how sync is doing. */
function statusLine(page: Page) {
  return page.locator('p.sync-status[role="status"]')
}

/** Presses "Sync now" and waits for a sync that ended with nothing left to send. */
async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync now' }).click()
  await expect
    .poll(async () => ({
      line: await statusLine(page).innerText(),
      waiting: (await readDatabase(page)).syncOutbox?.length ?? 0,
    }))
    .toEqual({ line: expect.stringMatching(/^Last synced/), waiting: 0 })
}

async function useKey(page: Page, key: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(key)
  await page.getByRole('button', { name: 'Use this key' }).click()
}

async function historyNotes(page: Page): Promise<string[]> {
  await openHistory(page)
  return historyRows(page)
}

describe('sync between two devices', () => {
  const browser = useBrowser()

  it('brings everything to a second device with the key, refuses a key with no data, and stops cleanly when the data is deleted', async () => {
    const deviceA = await deviceContext(browser())
    const deviceB = await deviceContext(browser())
    const elsewhereA = recordRequests(deviceA)
    const elsewhereB = recordRequests(deviceB)
    const a = await deviceA.newPage()
    const b = await deviceB.newPage()
    const noteA = `Made on the phone ${crypto.randomUUID()}`
    const noteB = `Made on the laptop ${crypto.randomUUID()}`
    const found: string[] = []

    // Device A turns sync on, keeps its key and makes a check-in, which is sent.
    await openSync(a)
    const key = await turnOnSync(a)
    found.push(...(await axeAtWidths(a, 'Settings, showing a new recovery key')))
    await a.getByRole('button', { name: 'I’ve saved it' }).click()
    await a.getByText(SAVED_NOTICE).waitFor()
    await a.getByRole('heading', { level: 3, name: 'Sync is on', exact: true }).waitFor()
    await checkIn(a, { mood: 'Good', feelings: ['Calm'], note: noteA })
    await openSync(a)
    await syncNow(a)
    found.push(...(await axeAtWidths(a, 'Settings, sync on')))

    // Device B has a check-in of its own. A well-formed key that has no synced data is refused,
    // and nothing on B changes.
    await checkIn(b, { mood: 'Low', note: noteB })
    const before = await readDatabase(b)
    await openSync(b)
    await b.getByRole('button', { name: 'I already have a recovery key' }).click()
    await b.getByRole('heading', { level: 3, name: 'Use your recovery key' }).waitFor()
    await useKey(b, generateRecoveryKey())
    await b.getByText(NO_MATCH).waitFor()
    await expect(
      b.getByRole('textbox', { name: 'Recovery key' }).getAttribute('aria-invalid'),
    ).resolves.toBe('true')
    expect(await readDatabase(b)).toEqual(before)
    expect(before.syncState ?? []).toEqual([])

    // The real key, as the page showed it: A's check-in arrives and B's own stays.
    await useKey(b, key)
    await b.getByText(JOINED_NOTICE).waitFor()
    await b.getByRole('heading', { level: 3, name: 'Sync is on', exact: true }).waitFor()
    const onB = await historyNotes(b)
    expect(onB).toHaveLength(2)
    expect(onB.some((row) => row.includes(noteA) && row.includes('Good'))).toBe(true)
    expect(onB.some((row) => row.includes(noteB) && row.includes('Low'))).toBe(true)

    // And B's check-in reaches A.
    await openSync(a)
    await syncNow(a)
    const onA = await historyNotes(a)
    expect(onA).toHaveLength(2)
    expect(onA.some((row) => row.includes(noteB))).toBe(true)

    // A deletes the synced data; B finds out on its next sync, turns sync off and keeps everything.
    await openSync(a)
    await a.getByRole('button', { name: 'Delete my synced data…' }).click()
    const question = a.getByRole('group', {
      name: 'Delete your synced data from the server? It can’t be brought back.',
    })
    await question.getByRole('button', { name: 'Delete it from the server' }).click()
    await a.getByText(DELETED_NOTICE).waitFor()
    await a.getByRole('heading', { level: 3, name: 'Sync is off on this device' }).waitFor()

    // Opening Harbour syncs by itself; B finds the data gone, turns sync off and says so.
    await openSync(b)
    await b.getByRole('heading', { level: 3, name: 'Sync is off on this device' }).waitFor()
    await expect.poll(() => statusLine(b).innerText()).toContain(ACCOUNT_GONE)
    await expect(statusLine(b).getAttribute('class')).resolves.toContain('sync-status--problem')
    expect(
      await b.evaluate(() => localStorage.getItem('harbour.sync')),
      'the hint that sync is on is gone too',
    ).toBeNull()
    const keptOnB = await historyNotes(b)
    expect(keptOnB).toHaveLength(2)
    expect(keptOnB.some((row) => row.includes(noteA))).toBe(true)
    expect(keptOnB.some((row) => row.includes(noteB))).toBe(true)

    expect(found).toEqual([])
    expect(elsewhereA()).toEqual([])
    expect(elsewhereB()).toEqual([])
    await deviceA.close()
    await deviceB.close()
  }, 120_000)

  it('opens the form to use a key from a scanned code, with the key taken out of the address', async () => {
    const context = await deviceContext(browser())
    const elsewhere = recordRequests(context)
    const page = await context.newPage()
    const key = generateRecoveryKey()
    await gotoReady(page, `/settings#sync-key=${key}`)
    const form = page.getByRole('heading', { level: 3, name: 'Use your recovery key' })
    await form.waitFor()
    await expect(page.getByRole('textbox', { name: 'Recovery key' }).inputValue()).resolves.toBe(
      key,
    )
    await page.getByText('Your key is filled in from the code you scanned.').waitFor()
    expect(page.url()).toBe(`${baseUrl()}/settings`)
    expect(await page.evaluate(() => window.location.hash)).toBe('')
    // Nothing was sent or kept before the person chose to use the key.
    expect((await readDatabase(page)).syncState ?? []).toEqual([])
    expect(elsewhere()).toEqual([])
    await context.close()
  })

  it('has no accessibility violations in Settings with sync off', async () => {
    const context = await deviceContext(browser())
    const page = await context.newPage()
    await openSync(page)
    await page.getByRole('heading', { level: 3, name: 'Sync is off on this device' }).waitFor()
    expect(await axeAtWidths(page, 'Settings, sync off')).toEqual([])
    await context.close()
  })
})

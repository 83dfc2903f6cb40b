import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { gotoReady, newContext, runAxe } from './support.ts'

/** The heading of the panel that puts help first in a check-in. */
export const HELP_FIRST_HEADING = 'You don’t have to go through this alone'
export const SAVED_HEADING = 'Saved. Thank you for checking in.'

export type MoodWord = 'Really low' | 'Low' | 'Okay' | 'Good' | 'Great'

/**
 * A context with a fixed time zone and language, so dates in the history read the same on any
 * machine. Each context is a separate device: its own IndexedDB. The service worker is left out
 * unless a test asks for it (offline): installing it fetches the whole app again, on every device.
 */
export async function deviceContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await newContext(browser, {
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    serviceWorkers: 'block',
    ...options,
  })
  // A step that does not happen fails in seconds, well inside the test's own time limit.
  context.setDefaultTimeout(10_000)
  return context
}

/** A click, not a check: a hard answer replaces the step with help at once. */
export async function chooseMood(page: Page, mood: MoodWord): Promise<void> {
  await page.getByRole('radio', { name: mood, exact: true }).click()
}

export async function sayNotSafe(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'I don’t feel safe right now' }).click()
}

export async function carryOnAfterHelp(page: Page): Promise<void> {
  await page.getByRole('heading', { name: HELP_FIRST_HEADING }).waitFor()
  await page.getByRole('button', { name: 'Carry on with my check-in' }).click()
}

async function tick(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check()
}

export async function pressNext(page: Page, heading: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await page.getByRole('heading', { level: 2, name: heading }).waitFor()
}

export interface CheckInAnswers {
  mood: MoodWord
  unsafe?: boolean
  feelings?: readonly string[]
  happenings?: readonly string[]
  note?: string
}

/**
 * Fills the check-in from its first step to the one before saving, the way a person would,
 * carrying on past the help-first panel when a hard answer brings it up. Ends on "What is going
 * on", ready to save.
 */
export async function fillCheckIn(page: Page, answers: CheckInAnswers): Promise<void> {
  await page.getByRole('heading', { level: 2, name: /How are you feeling right now/ }).waitFor()
  await chooseMood(page, answers.mood)
  if (answers.mood === 'Really low') await carryOnAfterHelp(page)
  if (answers.unsafe) {
    await sayNotSafe(page)
    await carryOnAfterHelp(page)
  }
  await pressNext(page, /Which words fit how you feel/)
  await tick(page, answers.feelings ?? [])
  await pressNext(page, /What is going on for you/)
  await tick(page, answers.happenings ?? [])
  if (answers.note) {
    await page.getByRole('textbox', { name: /Anything else you want to note/ }).fill(answers.note)
  }
}

/**
 * Saves a filled check-in. The wellbeing questions come now and then as a last step: they are
 * skipped here unless a test answers them itself.
 */
export async function saveCheckIn(page: Page): Promise<void> {
  const next = page.getByRole('button', { name: 'Next', exact: true })
  if (await next.isVisible()) {
    await pressNext(page, /A few more questions, if you like/)
    await page.getByRole('button', { name: 'Skip these and save' }).click()
  } else {
    await page.getByRole('button', { name: 'Save my check-in' }).click()
  }
  await page.getByRole('heading', { name: SAVED_HEADING }).waitFor()
}

/** A whole check-in, from opening the page to "Saved". */
export async function checkIn(page: Page, answers: CheckInAnswers): Promise<void> {
  await gotoReady(page, '/check-in')
  await fillCheckIn(page, answers)
  await saveCheckIn(page)
}

/** The check-in table's rows, as the words a person reads in each. */
export async function historyRows(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /Your check-ins in/ })
  await table.waitFor()
  return table.locator('tbody tr').allInnerTexts()
}

export async function openHistory(page: Page): Promise<void> {
  await gotoReady(page, '/my-space/history')
  await page.getByRole('heading', { level: 1, name: 'Your check-ins' }).waitFor()
}

export type DatabaseDump = Record<string, unknown[]>

/**
 * Everything in Harbour's IndexedDB database, read with the browser's own IndexedDB API (not the
 * app's code), store by store in key order. An absent database reads as empty and is not made.
 */
export async function readDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(async () => {
    const known = await indexedDB.databases()
    if (!known.some((info) => info.name === 'harbour')) return {}
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('harbour')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    try {
      const dump: Record<string, unknown[]> = {}
      for (const store of [...database.objectStoreNames]) {
        // The sync outbox says which records changed and when: only the which is comparable.
        const outbox = store === 'syncOutbox'
        dump[store] = await new Promise<unknown[]>((resolve, reject) => {
          const objects = database.transaction(store).objectStore(store)
          const request = outbox ? objects.getAllKeys() : objects.getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error ?? new Error('read failed'))
        })
      }
      return dump
    } finally {
      database.close()
    }
  })
}

/** How many records each store holds. */
export function countRecords(dump: DatabaseDump): Record<string, number> {
  return Object.fromEntries(Object.entries(dump).map(([store, rows]) => [store, rows.length]))
}

/** Adds a line to one part of the safety plan, by the label of that part's box. */
export async function addPlanItem(
  page: Page,
  part: string,
  boxLabel: string,
  text: string,
  phone?: string,
): Promise<void> {
  const section = page.getByRole('region', { name: part })
  await section.getByRole('textbox', { name: boxLabel, exact: true }).fill(text)
  if (phone) await section.getByRole('textbox', { name: 'Phone number (if you want)' }).fill(phone)
  await section.getByRole('button', { name: `Add to ${part}` }).click()
  await section.getByRole('status').getByText(`Added “${text}”. Saved on this device.`).waitFor()
}

export async function openSafetyPlan(page: Page): Promise<void> {
  await gotoReady(page, '/my-space/safety-plan')
  await page.getByRole('region', { name: 'Signs that things are getting hard' }).waitFor()
}

/** The words of every line in one part of the safety plan. */
export async function planItems(page: Page, part: string): Promise<string[]> {
  return page.getByRole('region', { name: part }).locator('.plan-item__text').allInnerTexts()
}

/** Adds a goal and waits for it in the list of active goals. */
export async function addGoal(page: Page, title: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Your goal, in your own words' }).fill(title)
  await page.getByRole('button', { name: 'Add this goal' }).click()
  await page
    .getByRole('region', { name: 'Your goals' })
    .getByRole('heading', { name: title })
    .waitFor()
}

export async function rateGoal(page: Page, title: string, rating: number): Promise<void> {
  const card = page
    .locator('.goal-card')
    .filter({ has: page.getByRole('heading', { name: title }) })
  await card.getByRole('radio', { name: String(rating), exact: true }).check()
  await card.getByRole('button', { name: 'Save this rating' }).click()
  await card.getByText(`Saved: ${rating} out of 10.`).waitFor()
}

export interface AboutMeAnswers {
  name: string
  pronouns: string
  toKnow: string
  whatHelps: string
}

export async function fillAboutMe(page: Page, answers: AboutMeAnswers): Promise<void> {
  await gotoReady(page, '/my-space/about-me')
  await page.getByRole('heading', { name: 'My story' }).waitFor()
  await page.getByRole('textbox', { name: 'What I like to be called' }).fill(answers.name)
  await page.getByRole('textbox', { name: 'My pronouns' }).fill(answers.pronouns)
  await page
    .getByRole('textbox', { name: 'What I’d like people helping me to know' })
    .fill(answers.toKnow)
  await page.getByRole('textbox', { name: 'What helps me', exact: true }).fill(answers.whatHelps)
  await page.getByRole('checkbox', { name: 'Text message' }).check()
  await page.getByRole('button', { name: 'Save About me' }).click()
  await page.getByText('Saved on this device.', { exact: true }).waitFor()
}

/**
 * Runs axe from the top of the page, as a person arriving sees it, and names the page, the rule
 * and the element of each finding. (Scrolled down, whatever passes under the pinned Get help now
 * bar counts as a target too close to it.)
 */
export async function axeFindings(page: Page, where: string): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0))
  const violations = await runAxe(page)
  return violations.map(
    (v) => `${where}: ${v.id} (${v.help}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  )
}

export const AXE_WIDTHS = [320, 1280] as const

/**
 * The same screen, in the same state, checked on a narrow phone and a wide screen: the page is
 * resized rather than opened twice, so a state that took steps to reach is checked at both.
 */
export async function axeAtWidths(page: Page, where: string): Promise<string[]> {
  const found: string[] = []
  for (const width of AXE_WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    // Two frames: layout, then anything that measures it (a table that scrolls sideways).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    )
    found.push(...(await axeFindings(page, `${where} at ${width}px`)))
  }
  return found
}

/** Waits until focus is on the heading with these words, so a screen reader reads it first. */
export async function expectFocusOnHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const focused = document.activeElement
      return !!focused && /^H[1-6]$/.test(focused.tagName) && focused.textContent === wanted
    },
    text,
    { timeout: 5_000 },
  )
}

export interface RecordingProxy {
  url: string
  /** Every request-target that reached the server through this proxy, as sent on the wire. */
  requests: string[]
  close(): Promise<void>
}

/**
 * A plain pass-through to the real server that writes down each request line it forwards: what
 * the server would see, and all it could ever log.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target)
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: request.url,
        method: request.method,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    forward.on('error', () => response.writeHead(502).end())
    request.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

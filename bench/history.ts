/**
 * The history screen with ten years of daily check-ins, in Chromium against the built app: how
 * long it takes to draw once its data has arrived (target under 100 ms), how long a month's and a
 * year's read from IndexedDB take, and how much JavaScript only My space loads.
 */
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'

const CHECK_INS = 3650
const VISITS = 7
const QUERY_ROUNDS = 9
const RENDER_MEASURE = 'harbour:history-render'
const MY_SPACE_PAGES = ['/my-space', '/my-space/history', '/my-space/goals', '/my-space/saved']

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${value.toFixed(1)} ms`

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return NaN
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Every script a page downloads, by path, with its body. */
function recordScripts(page: Page): { scripts: Map<string, Buffer>; settled: () => Promise<void> } {
  const scripts = new Map<string, Buffer>()
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    const path = new URL(response.url()).pathname
    pending.push(
      response.body().then(
        (body) => void scripts.set(path, body),
        () => undefined, // a response that was cut short (a navigation): counted on its next load
      ),
    )
  })
  return { scripts, settled: async () => void (await Promise.all(pending)) }
}

async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('html[data-ready]', { state: 'attached' })
}

/** The scripts a first visit to the home page loads, once the app has started on it. */
async function homePageScripts(browser: Browser, baseUrl: string): Promise<Set<string>> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const recorder = recordScripts(page)
    await gotoReady(page, `${baseUrl}/`)
    await page.waitForLoadState('networkidle')
    await recorder.settled()
    return new Set(recorder.scripts.keys())
  } finally {
    await context.close()
  }
}

/**
 * Waits until the app has created its database: seeding must not create it first. (Polled from
 * here: waitForFunction does not wait for a predicate that returns a promise.)
 */
async function waitForDatabase(page: Page): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const exists = await page.evaluate(async () =>
      (await indexedDB.databases()).some((database) => database.name === 'harbour'),
    )
    if (exists) return
    if (Date.now() > deadline) throw new Error('The app did not open its database within 30 s')
    await page.waitForTimeout(100)
  }
}

/** Ten years of daily check-ins, each with feelings, what was going on and a note. */
async function seedCheckIns(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('harbour')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    if (!database.objectStoreNames.contains('checkIns')) {
      database.close()
      throw new Error('The app has not created its checkIns table yet')
    }
    const feelings = ['happy', 'calm', 'tired', 'worried', 'stressed', 'sad', 'hopeful', 'proud']
    const happenings = ['school', 'friends', 'family', 'sleep', 'health', 'online', 'money']
    const now = new Date()
    const transaction = database.transaction('checkIns', 'readwrite')
    const store = transaction.objectStore('checkIns')
    store.clear()
    for (let index = 0; index < count; index++) {
      // One a day at 7.30pm local time, going back from today: the device's own days.
      const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - index, 19, 30)
      store.put({
        id: crypto.randomUUID(),
        at: at.toISOString(),
        mood: 1 + ((index * 7 + Math.floor(index / 9)) % 5),
        feelings: [feelings[index % feelings.length], feelings[(index * 3 + 1) % feelings.length]],
        happenings: [happenings[index % happenings.length]],
        note:
          `Day ${index}. ` +
          'Went to school, saw my friends at lunch, had a long talk with my sister in the ' +
          'evening and tried to get to bed a bit earlier than last night.',
      })
    }
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve()
      transaction.onerror = () => reject(transaction.error)
      transaction.onabort = () => reject(transaction.error)
    })
    database.close()
  }, count)
}

/** Opens the history and reads how long drawing it took once its data had arrived. */
async function historyRenderTime(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/my-space/history`)
  const result = await page.waitForFunction(
    (name) => {
      const measures = performance.getEntriesByName(name, 'measure')
      const last = measures[measures.length - 1]
      return last ? { duration: last.duration } : undefined
    },
    RENDER_MEASURE,
    { timeout: 30_000 },
  )
  const { duration } = (await result.jsonValue()) as { duration: number }
  return duration
}

interface QueryTimes {
  month: number[]
  monthRows: number
  year: number[]
  yearRows: number
}

/** The last full month's and the last 12 full months' check-ins, read by date as the app does. */
async function queryTimes(page: Page, rounds: number): Promise<QueryTimes> {
  // tsx keeps function names by wrapping them in a `__name` helper, which the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn')
  return page.evaluate(async (rounds) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('harbour')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const read = (from: Date, to: Date) =>
      new Promise<number>((resolve, reject) => {
        const range = IDBKeyRange.bound(from.toISOString(), to.toISOString(), false, true)
        const request = database
          .transaction('checkIns', 'readonly')
          .objectStore('checkIns')
          .index('at')
          .getAll(range)
        request.onsuccess = () => resolve(request.result.length)
        request.onerror = () => reject(request.error)
      })
    const time = async (from: Date, to: Date) => {
      const started = performance.now()
      const rows = await read(from, to)
      return { ms: performance.now() - started, rows }
    }
    const now = new Date()
    const thisMonth = new Date(now.getFullYear(), now.getMonth(), 1)
    const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 1)
    const yearBefore = new Date(now.getFullYear() - 1, now.getMonth(), 1)
    const result = { month: [] as number[], monthRows: 0, year: [] as number[], yearRows: 0 }
    for (let round = 0; round < rounds; round++) {
      const month = await time(lastMonth, thisMonth)
      const year = await time(yearBefore, thisMonth)
      result.month.push(month.ms)
      result.year.push(year.ms)
      result.monthRows = month.rows
      result.yearRows = year.rows
    }
    database.close()
    return result
  }, rounds)
}

/**
 * Runs the history benchmark against a served build and returns its report, a line each.
 * Uses its own browser contexts (service worker blocked, so every visit runs the real code).
 */
export async function benchHistory(baseUrl: string, browser: Browser): Promise<string[]> {
  const homeScripts = await homePageScripts(browser, baseUrl)
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const recorder = recordScripts(page)

    await gotoReady(page, `${baseUrl}/my-space`)
    await waitForDatabase(page)
    await seedCheckIns(page, CHECK_INS)

    const renders: number[] = []
    for (let visit = 0; visit < VISITS; visit++)
      renders.push(await historyRenderTime(page, baseUrl))
    const queries = await queryTimes(page, QUERY_ROUNDS)

    // Every My space page once, so code that only they load is counted whichever page has it.
    for (const path of MY_SPACE_PAGES) {
      await gotoReady(page, `${baseUrl}${path}`)
      await page.waitForLoadState('networkidle')
    }
    await recorder.settled()
    const onlyMySpace = [...recorder.scripts]
      .filter(([path]) => !homeScripts.has(path))
      .map(([path, body]) => ({
        file: path.split('/').pop() ?? path,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      }))
      .sort((a, b) => b.gzip - a.gzip)
    const totalRaw = onlyMySpace.reduce((sum, chunk) => sum + chunk.raw, 0)
    const totalGzip = onlyMySpace.reduce((sum, chunk) => sum + chunk.gzip, 0)

    const renderMedian = median(renders)
    return [
      `History with ${CHECK_INS.toLocaleString('en-GB')} daily check-ins (10 years, with notes): ` +
        `drawn in ${ms(renderMedian)} after its data arrived (median of ${VISITS} visits; ` +
        `fastest ${ms(Math.min(...renders))}, slowest ${ms(Math.max(...renders))}). ` +
        `Target: under 100 ms${renderMedian < 100 ? ' (met)' : ' (NOT met)'}.`,
      `IndexedDB read by date, in the page (median of ${QUERY_ROUNDS}): ` +
        `one month (${queries.monthRows} check-ins) ${ms(median(queries.month))}, ` +
        `one year (${queries.yearRows} check-ins) ${ms(median(queries.year))}.`,
      `JavaScript only My space loads (not loaded by the home page): ${onlyMySpace.length} files, ` +
        `${kb(totalRaw)} raw, ${kb(totalGzip)} gzip: ` +
        onlyMySpace.map((chunk) => `${chunk.file} ${kb(chunk.gzip)}`).join(', ') +
        '.',
    ]
  } finally {
    await context.close()
  }
}

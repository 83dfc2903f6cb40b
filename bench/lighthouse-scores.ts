import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.ts'

export interface LighthouseResult {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcpMs: number
  lcpMs: number
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)

/**
 * Lighthouse's simulated metrics vary from run to run by a fifth or more, so a page is measured
 * several times and the run with the median LCP is reported, as Lighthouse's own guidance
 * suggests.
 */
export async function medianLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const results: LighthouseResult[] = []
  for (let run = 0; run < runs; run++) results.push(await runLighthouse(url))
  results.sort((a, b) => a.lcpMs - b.lcpMs)
  return results[Math.floor(results.length / 2)]!
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is tried again. */
export async function runLighthouse(url: string, tries = 3): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url)
    } catch (error) {
      if (attempt >= tries) throw error
      console.warn(`Lighthouse failed on ${url} (${(error as Error).message}); trying again`)
    }
  }
}

/** Lighthouse's default mobile run (simulated slow 4G, mid-range phone) for one page. */
async function runLighthouseOnce(url: string): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.code)
    const { categories, audits } = result.lhr
    return {
      url,
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      seo: score(categories.seo?.score),
      fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    }
  } finally {
    await chrome.kill()
  }
}

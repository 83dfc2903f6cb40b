import { afterAll, beforeAll } from 'vitest'

/** Runs a test file's dates in a time zone, such as Europe/London for British Summer Time. */
export function inTimeZone(zone: string): void {
  let before: string | undefined
  beforeAll(() => {
    before = process.env.TZ
    process.env.TZ = zone
  })
  afterAll(() => {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  })
}

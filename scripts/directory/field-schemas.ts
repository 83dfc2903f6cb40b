import * as v from 'valibot'

/**
 * Field-level schemas shared by the ORUK 3.0 and 1.x record schemas. Each message is written to
 * follow the field's name in a report line, e.g. `latitude 100 is impossible`.
 */

/** A short, safe rendering of a bad value for a report line. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}…` : value
    return JSON.stringify(short)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null) return 'null'
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value
}

export const Text = v.string((issue) => `is ${show(issue.input)}, not text`)

/** A list whose items are checked one by one later, so one bad item never costs the others. */
export const Items = v.array(v.unknown(), (issue) => `is ${show(issue.input)}, not a list`)

/** Numbers, also when a feed sends them as strings ("51.45"), as CSV-born feeds often do. */
export const Num = v.pipe(
  v.union(
    [v.number(), v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number))],
    (issue) => `is ${show(issue.input)}, not a number`,
  ),
  v.finite((issue) => `is ${show(issue.input)}, not a number`),
)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(id: string): boolean {
  return UUID.test(id)
}

/**
 * "UUID-ish" ids: ORUK 3.0 asks for UUIDs, 1.x feeds use any token (and sometimes integers).
 * We accept any short token without spaces or markup, and report non-UUIDs in 3.0 data apart.
 */
export const Id = v.pipe(
  v.union(
    [v.string(), v.pipe(v.number(), v.integer(), v.transform(String))],
    (issue) => `is ${show(issue.input)}, not an id`,
  ),
  v.trim(),
  v.check((id) => id.length > 0, 'is empty'),
  v.check(
    (id) => /^[^\s<>"'`\\]{1,200}$/.test(id),
    (issue) => `${show(issue.input)} is not an id`,
  ),
)

export const Latitude = v.pipe(
  Num,
  v.check(
    (n) => n >= -90 && n <= 90,
    (issue) => `${show(issue.input)} is impossible`,
  ),
)

export const Longitude = v.pipe(
  Num,
  v.check(
    (n) => n >= -180 && n <= 180,
    (issue) => `${show(issue.input)} is impossible`,
  ),
)

/** Rough bounds of the UK (with the Channel Islands), to catch swapped or foreign points. */
export function isInUk(latitude: number, longitude: number): boolean {
  return latitude >= 49 && latitude <= 61 && longitude >= -9 && longitude <= 2.5
}

/** HH:MM, also HH:MM:SS and one-digit hours; a UTC offset is read apart (see opening-rules). */
export const Time = v.pipe(
  Text,
  v.trim(),
  v.regex(
    /^([01]?\d|2[0-4]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)?$/i,
    (issue) => `${show(issue.input)} is not a time (HH:MM)`,
  ),
)

function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const parsed = new Date(Date.UTC(year, month - 1, day))
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1
}

/** An ISO date, YYYY-MM-DD; a date-time keeps only its date. */
export const IsoDate = v.pipe(
  Text,
  v.trim(),
  v.check(
    (text) => /^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(text) && isRealDate(text.slice(0, 10)),
    (issue) => `${show(issue.input)} is not a date (YYYY-MM-DD)`,
  ),
  v.transform((text) => text.slice(0, 10)),
)

/** Only web links: a `javascript:` or `data:` link must never reach a page. */
export const WebUrl = v.pipe(
  Text,
  v.trim(),
  v.check(
    (text) => {
      try {
        const url = new URL(text)
        return url.protocol === 'https:' || url.protocol === 'http:'
      } catch {
        return false
      }
    },
    (issue) => `${show(issue.input)} is not a web address`,
  ),
)

export const Email = v.pipe(
  Text,
  v.trim(),
  v.email((issue) => `${show(issue.input)} is not an email address`),
)

/** An enum of lower-case values, read without regard to case or spaces around it. */
export function caseless<const T extends readonly string[]>(values: T) {
  return v.pipe(
    Text,
    v.trim(),
    v.toLowerCase(),
    v.picklist(values, (issue) => `${show(issue.input)} is not one of ${values.join(', ')}`),
  )
}

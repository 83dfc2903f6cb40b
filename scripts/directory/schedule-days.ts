/** RFC 5545 day codes, as ORUK's `byday` uses them, in week order from Monday. */
export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

const DAY_NAMES: Record<string, string> = {
  monday: 'MO',
  mon: 'MO',
  tuesday: 'TU',
  tue: 'TU',
  tues: 'TU',
  wednesday: 'WE',
  wed: 'WE',
  thursday: 'TH',
  thu: 'TH',
  thur: 'TH',
  thurs: 'TH',
  friday: 'FR',
  fri: 'FR',
  saturday: 'SA',
  sat: 'SA',
  sunday: 'SU',
  sun: 'SU',
}

/** "MO", "Monday", "mon" → "MO"; anything else → undefined. */
export function dayCode(word: string): string | undefined {
  const upper = word.trim().toUpperCase()
  if ((DAY_CODES as readonly string[]).includes(upper)) return upper
  return DAY_NAMES[word.trim().toLowerCase()]
}

/**
 * An ORUK 1.x `weekday`: a name ("Monday"), a code ("MO"), or a number. Numbers count from
 * Monday = 1 (ISO 8601); Sunday may be 7 or 0, as both appear in feeds.
 */
export function weekdayCode(weekday: string | number): string | undefined {
  if (typeof weekday === 'number' || /^\s*\d+\s*$/.test(weekday)) {
    const n = Number(weekday)
    return n === 0 ? 'SU' : Number.isInteger(n) ? DAY_CODES[n - 1] : undefined
  }
  return dayCode(weekday)
}

/** The weekday code of a YYYY-MM-DD date. */
export function weekdayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay()
  return DAY_CODES[(day + 6) % 7] ?? 'MO'
}

export interface DaysReading {
  /** Plain days, for a WEEKLY rule. */
  weekly: string[]
  /** Days with optional ordinals (2MO, -1TH), for a MONTHLY rule. */
  monthly: string[]
  /** True when every day has an ordinal: a WEEKLY rule written like a MONTHLY one. */
  ordinalOnly: boolean
  bad: string[]
}

function parseDay(token: string): { code?: string; ordinal?: number } {
  const match = /^([+-]?\d{1,2})?\s*([A-Za-z]+)$/.exec(token)
  if (!match?.[2]) return {}
  const code = dayCode(match[2])
  const ordinal = match[1] === undefined ? undefined : Number(match[1])
  // A month has at most five of any weekday; "0MO" means nothing.
  if (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 5)) return {}
  return { code, ordinal }
}

/** `byday` split by comma: "MO,TU", "2MO", "-1TH", also day names ("Monday, Tuesday"). */
export function readDays(text: string | undefined, freq: 'WEEKLY' | 'MONTHLY'): DaysReading {
  const tokens = (text ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean)
  const parsed = tokens.map((token) => ({ token, ...parseDay(token) }))
  const valid = parsed.filter((day) => day.code !== undefined)
  const counted = valid.filter((day) => day.ordinal !== undefined)
  const ordinalOnly = freq === 'WEEKLY' && valid.length > 0 && counted.length === valid.length
  const bad = parsed.filter((day) => day.code === undefined).map((day) => day.token)
  // A WEEKLY rule cannot count weeks in a month. If every day does, the rule is read as
  // MONTHLY (reported); if only some do, those days are bad.
  if (freq === 'WEEKLY' && !ordinalOnly) bad.push(...counted.map((day) => day.token))
  return {
    weekly: [...new Set(valid.filter((d) => d.ordinal === undefined).map((d) => d.code ?? ''))],
    monthly: [...new Set(valid.map((d) => `${d.ordinal ?? ''}${d.code ?? ''}`))],
    ordinalOnly,
    bad,
  }
}

/** `bymonthday` "1,15" or "-1" (last day): whole numbers from -31 to 31, not 0. */
export function readMonthDays(text: string | undefined): { days: number[]; bad: string[] } {
  const days: number[] = []
  const bad: string[] = []
  for (const token of (text ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const n = Number(token)
    if (/^[+-]?\d{1,2}$/.test(token) && n !== 0 && Math.abs(n) <= 31) days.push(n)
    else bad.push(token)
  }
  return { days: [...new Set(days)], bad }
}

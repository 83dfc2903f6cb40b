import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { formatDate } from '../../../i18n/format-date.ts'
import type { Locale } from '../../../i18n/locales.ts'

/** The day a closed service next opens, as the status gives it: words are chosen when shown. */
export interface NextDay {
  /** Days since 1970-01-01 of the UK date. */
  day: number
  /** 0 today, 1 tomorrow … */
  inDays: number
}

const MS_PER_DAY = 86_400_000

/** "today", "tomorrow", a weekday within six days, else e.g. "Thursday 17 December". */
export function nextDayText({ day, inDays }: NextDay, i18n: I18n): string {
  if (inDays === 0) return i18n._(msg`today`)
  if (inDays === 1) return i18n._(msg`tomorrow`)
  const date = new Date(day * MS_PER_DAY)
  const locale = i18n.locale as Locale
  if (inDays < 7) return formatDate(date, locale, { weekday: 'long', timeZone: 'UTC' })
  // A week or more ahead, "Thursday" alone would read as this coming Thursday.
  return formatDate(date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
}

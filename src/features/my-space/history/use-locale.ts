import { useLingui } from '@lingui/react'
import type { Locale } from '../../../i18n/locales.ts'

/** The interface language, for dates: every instance is made for one of the app's locales. */
export function useLocale(): Locale {
  return useLingui().i18n.locale as Locale
}

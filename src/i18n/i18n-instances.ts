import { setupI18n, type I18n } from '@lingui/core'
import { HTML_LANG, type Locale } from './locales.ts'

const instances = new Map<Locale, I18n>()

/**
 * One instance per language, so the build can prerender English and Welsh pages one after the
 * other without either leaking into the other. The browser only ever uses one.
 */
export function i18nFor(locale: Locale): I18n {
  let instance = instances.get(locale)
  if (!instance) {
    // Intl formats dates and plurals for `locales`: en-GB, not the US English that `en` means.
    instance = setupI18n({ locale, locales: [HTML_LANG[locale]], messages: { [locale]: {} } })
    instances.set(locale, instance)
  }
  return instance
}

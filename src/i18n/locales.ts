/** The interface languages Harbour has catalogues for. English is the source language. */
export const LOCALES = ['en', 'cy'] as const
export type Locale = (typeof LOCALES)[number]

/** The value of `<html lang>` and of Intl's locale for each interface language. */
export const HTML_LANG: Record<Locale, string> = { en: 'en-GB', cy: 'cy' }

/** Each language's own name, shown in the language switch in that language. */
// eslint-disable-next-line lingui/no-unlocalized-strings -- a language's own name is never translated
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', cy: 'Cymraeg' }

/** English pages live at the root; every other language's pages under `/<locale>`. */
export function basenameFor(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`
}

/** The interface language an address is in: `/cy` and `/cy/…` are Welsh, the rest English. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1]
  return LOCALES.find((locale) => locale !== 'en' && locale === first) ?? 'en'
}

/** The same page in another language: `/help` ⇄ `/cy/help`, `/` ⇄ `/cy`. */
export function pathInLocale(appPath: string, locale: Locale): string {
  const base = basenameFor(locale)
  if (appPath === '/' || appPath === '') return base || '/'
  return `${base}${appPath}`
}

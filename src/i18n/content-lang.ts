import { useLingui } from '@lingui/react'

/**
 * The `lang` for content that is only in English (articles not yet translated, crisis contacts,
 * directory entries, the area's own words) on a page in another language, so screen readers read
 * it as English; undefined on an English page.
 */
export function useContentLang(): 'en' | undefined {
  return useLingui().i18n.locale === 'en' ? undefined : 'en'
}

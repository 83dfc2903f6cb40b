import { useLingui } from '@lingui/react/macro'
import { useLocation } from 'react-router'
import area from 'virtual:harbour-area'
import { HTML_LANG, LANGUAGE_NAMES, pathInLocale, type Locale } from './locales.ts'

/**
 * Links to this page in the area's other interface languages. Each is a plain link to that
 * language's own prerendered page, so it works before the app starts and with JavaScript off, and
 * the new page arrives whole in its language, with no flash of the old one.
 */
export function LanguageSwitch() {
  const { i18n, t } = useLingui()
  const { pathname } = useLocation()
  const others = (area.languages as readonly Locale[]).filter((locale) => locale !== i18n.locale)
  if (others.length === 0) return null
  return (
    <nav className="language-switch" aria-label={t`Language`}>
      <ul className="button-row">
        {others.map((locale) => (
          <li key={locale}>
            <a
              className="button"
              href={pathInLocale(pathname, locale)}
              hrefLang={HTML_LANG[locale]}
              lang={HTML_LANG[locale]}
            >
              {LANGUAGE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

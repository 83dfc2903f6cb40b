import { I18nProvider } from '@lingui/react'
import type { ReactNode } from 'react'
import { i18nFor } from './i18n-instances.ts'
import type { Locale } from './locales.ts'

/** For tests: the interface in one language (src/test-setup.ts loads every catalogue first). */
export function InLanguage({ locale = 'en', children }: { locale?: Locale; children: ReactNode }) {
  return <I18nProvider i18n={i18nFor(locale)}>{children}</I18nProvider>
}

export function English({ children }: { children: ReactNode }) {
  return <InLanguage locale="en">{children}</InLanguage>
}

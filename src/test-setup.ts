import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadEveryCatalog } from './i18n/catalogs.ts'
import { LOCALES } from './i18n/locales.ts'

// Components render their text from the catalogues, as in the app.
await loadEveryCatalog(LOCALES)

afterEach(() => cleanup())

import type { I18n, Messages } from '@lingui/core'
import { startTransition } from 'react'
import { i18nFor } from './i18n-instances.ts'
import { localeFromPath, type Locale } from './locales.ts'

/** Compiled by @lingui/vite-plugin: each `.po` file becomes its own small chunk. */
const loaders = import.meta.glob<{ messages: Messages }>([
  '../app/locales/*.po',
  '../lib/locales/*.po',
  '../features/*/locales/*.po',
  '../features/my-space/*/locales/*.po',
])

/**
 * `app` is the frame and home page; `lib` the messages of src/lib and src/db (saving problems,
 * the lock); any other name is a folder under src/features (`my-space/goals` for a part of My
 * space).
 */
export type CatalogName = 'app' | 'lib' | (string & {})

function fileFor(name: CatalogName, locale: Locale): string {
  if (name === 'app' || name === 'lib') return `../${name}/locales/${locale}.po`
  return `../features/${name}/locales/${locale}.po`
}

/** Every catalogue but the frame's, by name. */
const EVERY_CATALOG: readonly CatalogName[] = [
  ...new Set(
    Object.keys(loaders)
      .map((file) => /^\.\.\/(?:features\/)?(my-space\/[^/]+|[^/]+)\/locales\//.exec(file)?.[1])
      .filter((name): name is string => name !== undefined && name !== 'app'),
  ),
]

/**
 * Which catalogues a page loads: the ones named, or (for most pages, which share components
 * across features) every one, so no message is ever left without its words.
 */
export type PageCatalogs = readonly CatalogName[] | 'every'

const loaded = new Set<string>()

/** Adds the named catalogues' messages to `i18n`, once each. */
export async function loadCatalogs(
  i18n: I18n,
  locale: Locale,
  names: readonly CatalogName[],
): Promise<void> {
  const wanted = names.filter((name) => !loaded.has(`${locale}:${name}`))
  const catalogs = await Promise.all(
    wanted.map((name) => {
      const load = loaders[fileFor(name, locale)]
      if (!load) throw new Error(`No ${locale} catalogue named ${name}`)
      return load()
    }),
  )
  // Loading messages redraws everything that shows words. A page's messages often arrive before
  // its code, while the page's server HTML is still waiting to hydrate; an urgent redraw then
  // would swap that HTML for the "Loading…" fallback until the code came. As a transition, React
  // keeps the page as it is and redraws once it can.
  startTransition(() => {
    for (const [index, { messages }] of catalogs.entries()) {
      i18n.load(locale, messages)
      loaded.add(`${locale}:${wanted[index]}`)
    }
  })
}

/**
 * Loads a lazily loaded page's catalogues alongside its code. In the browser a document is in one
 * language for its whole life (the switch loads the other language's page), so the address says
 * which. The build loads every catalogue before it renders anything.
 */
export function loadPageCatalogs(names: PageCatalogs): Promise<void> {
  if (import.meta.env.SSR) return Promise.resolve()
  const locale = localeFromPath(window.location.pathname)
  return loadCatalogs(i18nFor(locale), locale, names === 'every' ? EVERY_CATALOG : names)
}

/** The frame's (header, footer, home page) messages, which every page needs before it starts. */
export function loadFrameCatalog(locale: Locale): Promise<void> {
  return loadCatalogs(i18nFor(locale), locale, ['app'])
}

/** Every catalogue of every language, for prerendering. */
export async function loadEveryCatalog(locales: readonly Locale[]): Promise<void> {
  for (const locale of locales) {
    for (const [file, load] of Object.entries(loaders)) {
      if (!file.endsWith(`/${locale}.po`)) continue
      i18nFor(locale).load(locale, (await load()).messages)
    }
  }
}

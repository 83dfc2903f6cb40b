import { I18nProvider } from '@lingui/react'
import { StrictMode, type ReactNode } from 'react'
import { prerender } from 'react-dom/static'
import { Route, Routes, StaticRouter } from 'react-router'
import area from 'virtual:harbour-area'
import { AppRoutes } from './app/app-routes.tsx'
import { Layout } from './app/layout.tsx'
import { appRoutes, documentTitle } from './app/route-table.ts'
import { ShellPlaceholder } from './app/shell-placeholder.tsx'
import { loadEveryCatalog } from './i18n/catalogs.ts'
import { i18nFor } from './i18n/i18n-instances.ts'
import { basenameFor, HTML_LANG, type Locale } from './i18n/locales.ts'

export interface PrerenderedPage {
  /** File name under dist/, e.g. help.html. */
  file: string
  title: string
  description: string
  /** "static" pages are hydrated; the "shell" is rendered afresh on the client. */
  render: 'static' | 'shell'
  /** The `<html lang>` of the page: en-GB or cy. */
  lang: string
  html: string
}

async function toHtml(element: ReactNode): Promise<string> {
  // No progressive chunks: React would outline large boundaries behind inline scripts, which the
  // Content-Security-Policy (rightly) blocks. A prerendered page is complete anyway.
  const { prelude } = await prerender(<StrictMode>{element}</StrictMode>, {
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
  })
  return new Response(prelude).text()
}

/** `/help` → help.html; in Welsh `/` → cy.html and `/help` → cy/help.html. */
function fileFor(path: string, locale: Locale): string {
  const clean = path.replace(/\/\*$/, '')
  const full = clean === '/' ? basenameFor(locale) : basenameFor(locale) + clean
  return full === '' ? 'index.html' : `${full.slice(1)}.html`
}

/** Renders one language's pages: every one that needs no personal data, the shell and the 404. */
async function prerenderLanguage(locale: Locale): Promise<PrerenderedPage[]> {
  const i18n = i18nFor(locale)
  const basename = basenameFor(locale)
  const lang = HTML_LANG[locale]
  const render = (url: string, routes: ReactNode) =>
    toHtml(
      <I18nProvider i18n={i18n}>
        <StaticRouter basename={basename || undefined} location={basename + url}>
          {routes}
        </StaticRouter>
      </I18nProvider>,
    )
  const homeDescription = i18n._(appRoutes[0]!.description)
  const pages: PrerenderedPage[] = []
  for (const route of appRoutes.filter((r) => r.prerender)) {
    const dynamic = await route.dynamic?.()
    const urls = dynamic ? dynamic.paths : [route.path.replace(/\/\*$/, '')]
    for (const url of urls) {
      // An article's or a tool's own title comes from its content, in the language it is in.
      const meta = dynamic?.describe(url, i18n) ?? {
        title: i18n._(route.title),
        description: i18n._(route.description),
      }
      pages.push({
        file: fileFor(url, locale),
        title: documentTitle({ path: route.path, title: meta.title }, area.appName, i18n),
        description: meta.description,
        render: 'static',
        lang,
        html: await render(url, <AppRoutes />),
      })
    }
  }
  pages.push({
    file: fileFor('/shell', locale),
    title: area.appName,
    description: homeDescription,
    render: 'shell',
    lang,
    html: await render(
      '/',
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={<ShellPlaceholder />} />
        </Route>
      </Routes>,
    ),
  })
  pages.push({
    file: fileFor('/404', locale),
    title: documentTitle(undefined, area.appName, i18n),
    description: homeDescription,
    render: 'static',
    lang,
    html: await render('/404', <AppRoutes />),
  })
  return pages
}

/**
 * Renders every page in each interface language the area offers: English at the root, Welsh
 * under /cy. An area that offers English only gets no Welsh pages at all.
 */
export async function prerenderPages(): Promise<PrerenderedPage[]> {
  const locales = area.languages as readonly Locale[]
  await loadEveryCatalog(locales)
  const pages: PrerenderedPage[] = []
  for (const locale of locales) pages.push(...(await prerenderLanguage(locale)))
  return pages
}

/** Every route pattern, so the server can tell an app route from a missing page. */
export const routePatterns: string[] = appRoutes.map((route) => route.path)

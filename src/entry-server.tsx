import { StrictMode, type ReactNode } from 'react'
import { prerender } from 'react-dom/static'
import { Route, Routes, StaticRouter } from 'react-router'
import area from 'virtual:harbour-area'
import { AppRoutes } from './app/app-routes.tsx'
import { Layout } from './app/layout.tsx'
import { appRoutes, documentTitle } from './app/route-table.ts'
import { ShellPlaceholder } from './app/shell-placeholder.tsx'

export interface PrerenderedPage {
  /** File name under dist/, e.g. help.html. */
  file: string
  title: string
  description: string
  /** "static" pages are hydrated; the "shell" is rendered afresh on the client. */
  render: 'static' | 'shell'
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

function fileFor(path: string): string {
  const clean = path.replace(/\/\*$/, '')
  return clean === '/' ? 'index.html' : `${clean.slice(1)}.html`
}

/** Renders every page that needs no personal data, plus the app shell and the not-found page. */
export async function prerenderPages(): Promise<PrerenderedPage[]> {
  const pages: PrerenderedPage[] = []
  for (const route of appRoutes.filter((r) => r.prerender)) {
    const dynamic = await route.dynamic?.()
    const urls = dynamic ? dynamic.paths : [route.path.replace(/\/\*$/, '')]
    for (const url of urls) {
      const meta = dynamic?.describe(url) ?? route
      pages.push({
        file: fileFor(url),
        title: documentTitle({ ...route, ...meta }, area.appName),
        description: meta.description,
        render: 'static',
        html: await toHtml(
          <StaticRouter location={url}>
            <AppRoutes />
          </StaticRouter>,
        ),
      })
    }
  }
  pages.push({
    file: 'shell.html',
    title: area.appName,
    description: appRoutes[0]!.description,
    render: 'shell',
    html: await toHtml(
      <StaticRouter location="/">
        <Routes>
          <Route element={<Layout />}>
            <Route path="*" element={<ShellPlaceholder />} />
          </Route>
        </Routes>
      </StaticRouter>,
    ),
  })
  pages.push({
    file: '404.html',
    title: documentTitle(undefined, area.appName),
    description: appRoutes[0]!.description,
    render: 'static',
    html: await toHtml(
      <StaticRouter location="/404">
        <AppRoutes />
      </StaticRouter>,
    ),
  })
  return pages
}

/** Every route pattern, so the server can tell an app route from a missing page. */
export const routePatterns: string[] = appRoutes.map((route) => route.path)

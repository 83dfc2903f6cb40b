import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'vite'
import type { PrerenderedPage } from '../src/entry-server.tsx'

interface ServerEntry {
  prerenderPages(): Promise<PrerenderedPage[]>
  routePatterns: string[]
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The stylesheet index.html links to, which every prerendered page carries inline. */
export const MAIN_STYLESHEET = /^\/?assets\/index-[\w-]+\.css$/
const STYLESHEET_LINK =
  /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/index-[\w-]+\.css)"\s*\/?>/
const ENTRY_SCRIPT = /<script type="module" crossorigin src="/

/**
 * Puts the app's stylesheet inside the page, so the first paint waits for no other file. The
 * server allows exactly this inline style by its hash in the Content-Security-Policy.
 */
export async function inlineStylesheet(template: string, outDir: string): Promise<string> {
  const match = STYLESHEET_LINK.exec(template)
  if (!match?.[1]) return template
  const css = (await readFile(path.join(outDir, match[1]), 'utf8')).trim()
  if (css.includes('</style')) throw new Error(`${match[1]} cannot be inlined: it contains </style`)
  // The disabled link is never fetched or applied; it tells Vite's loader, when a lazy page's
  // code asks for this stylesheet, that the page has it already.
  return template.replace(
    match[0],
    () => `<style>${css}</style><link rel="stylesheet" href="${match[1]}" disabled />`,
  )
}

const ICON_LINK = /<link rel="icon" href="(\/[\w-]+\.svg)" type="image\/svg\+xml"\s*\/?>/
const MANIFEST_LINK = /<link rel="manifest" href="[^"]*"(?: crossorigin="[^"]*")?\s*\/?>/

/**
 * Puts the small SVG icon inside the page as a data URL. Browsers fetch a page's icon while it
 * loads; inside the page, it costs no request before the first paint.
 */
export async function inlineIcon(template: string, outDir: string): Promise<string> {
  const match = ICON_LINK.exec(template)
  if (!match?.[1]) return template
  const svg = await readFile(path.join(outDir, match[1]))
  return template.replace(
    match[0],
    () =>
      `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}" type="image/svg+xml" />`,
  )
}

/**
 * Takes the web manifest's link out of the page: browsers fetch the manifest as soon as they see
 * the link, alongside the page, yet nothing needs it before the app is running (installing also
 * needs the service worker, which the app registers). The app links it when it starts
 * (src/app/web-manifest-link.ts).
 */
export function withoutManifestLink(template: string): string {
  return template.replace(MANIFEST_LINK, '')
}

/**
 * The page is complete without the app's code (which starts after the first paint), so its
 * download must not compete with anything the page itself needs.
 */
export function lowerEntryPriority(template: string): string {
  return template.replace(
    ENTRY_SCRIPT,
    '<script type="module" crossorigin fetchpriority="low" src="',
  )
}

/** Fills the built index.html with one prerendered page. */
export function fillTemplate(template: string, page: PrerenderedPage): string {
  const filled = template
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(page.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
    )
    .replace(
      '<div id="root"></div>',
      () => `<div id="root" data-render="${page.render}">${page.html}</div>`,
    )
  if (!filled.includes('data-render=')) throw new Error('index.html has no empty <div id="root">')
  if (/<script(?![^>]*\ssrc=)[^>]*>/.test(page.html)) {
    throw new Error(`${page.file} has an inline script, which the Content-Security-Policy blocks`)
  }
  return filled
}

/**
 * Writes prerendered HTML for every page that needs no personal data, after Vite has written the
 * client bundle and before vite-plugin-pwa lists the files to precache (it does so when the
 * bundle closes), so every prerendered page is precached.
 */
export function prerenderPlugin(options: { ssrEntry: string }): Plugin {
  let outDir = 'dist'
  return {
    name: 'harbour-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      const entry = (await import(
        `${pathToFileURL(options.ssrEntry).href}?t=${Date.now()}`
      )) as ServerEntry
      const built = await readFile(path.join(outDir, 'index.html'), 'utf8')
      const template = withoutManifestLink(
        lowerEntryPriority(await inlineIcon(await inlineStylesheet(built, outDir), outDir)),
      )
      const pages = await entry.prerenderPages()
      for (const page of pages) {
        const file = path.join(outDir, page.file)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, fillTemplate(template, page))
      }
      await writeFile(
        path.join(outDir, 'app-routes.json'),
        JSON.stringify(entry.routePatterns, null, 2),
      )
      this.info(`prerendered ${pages.length} pages`)
    },
  }
}

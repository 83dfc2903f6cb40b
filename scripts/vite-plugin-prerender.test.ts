import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  fillTemplate,
  inlineIcon,
  inlineStylesheet,
  lowerEntryPriority,
  MAIN_STYLESHEET,
  withoutManifestLink,
} from './vite-plugin-prerender.ts'

const template = `<html lang="en-GB"><head><title>Harbour</title><meta name="description" content="x" /></head><body><div id="root"></div><script type="module" src="/assets/a.js"></script></body></html>`

const page = {
  file: 'help.html',
  title: 'Get help now – Harbour',
  description: 'Who to call & text',
  render: 'static' as const,
  lang: 'en-GB',
  html: '<h1>Get help now</h1>',
}

describe('fillTemplate', () => {
  it('puts the page, its title and description into the template', () => {
    const html = fillTemplate(template, page)
    expect(html).toContain('<title>Get help now – Harbour</title>')
    expect(html).toContain('content="Who to call &#38; text"')
    expect(html).toContain('<div id="root" data-render="static"><h1>Get help now</h1></div>')
  })

  it('gives the page the language it was rendered in', () => {
    expect(fillTemplate(template, { ...page, lang: 'cy' })).toContain('<html lang="cy">')
  })

  it('refuses a page with an inline script, which the CSP would block', () => {
    expect(() => fillTemplate(template, { ...page, html: '<script>go()</script>' })).toThrow(
      /help\.html has an inline script/,
    )
  })

  it('keeps $ patterns in the page as they are', () => {
    expect(fillTemplate(template, { ...page, html: '<p>$& $1</p>' })).toContain('<p>$& $1</p>')
  })
})

describe('inlineStylesheet', () => {
  it('puts the main stylesheet inside the page and leaves a disabled link for the loader', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'harbour-prerender-'))
    await mkdir(path.join(dir, 'assets'))
    await writeFile(path.join(dir, 'assets/index-Ab1_c.css'), 'body{margin:0}\n')
    const html = await inlineStylesheet(
      '<head><link rel="stylesheet" crossorigin href="/assets/index-Ab1_c.css"></head>',
      dir,
    )
    expect(html).toBe(
      '<head><style>body{margin:0}</style><link rel="stylesheet" href="/assets/index-Ab1_c.css" disabled /></head>',
    )
    expect(MAIN_STYLESHEET.test('assets/index-Ab1_c.css')).toBe(true)
  })
})

describe('lowerEntryPriority', () => {
  it('lets the page fetch what it needs before the app’s code', () => {
    expect(lowerEntryPriority('<script type="module" crossorigin src="/assets/index-1.js">')).toBe(
      '<script type="module" crossorigin fetchpriority="low" src="/assets/index-1.js">',
    )
  })
})

describe('inlineIcon', () => {
  it('puts the SVG icon inside the page as a data URL, so loading the page asks for no icon', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'harbour-prerender-'))
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'
    await writeFile(path.join(dir, 'favicon.svg'), svg)
    const html = await inlineIcon(
      '<head><link rel="icon" href="/favicon.svg" type="image/svg+xml" /></head>',
      dir,
    )
    const href = /href="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(href.startsWith('data:image/svg+xml;base64,')).toBe(true)
    expect(Buffer.from(href.split(',')[1] ?? '', 'base64').toString()).toBe(svg)
  })
})

describe('withoutManifestLink', () => {
  it('leaves the web manifest for the app to link when it starts', () => {
    expect(
      withoutManifestLink(
        '<head><title>x</title><link rel="manifest" href="/manifest.webmanifest"></head>',
      ),
    ).toBe('<head><title>x</title></head>')
  })
})

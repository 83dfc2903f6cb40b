import { describe, expect, it } from 'vitest'
import { fillTemplate } from './vite-plugin-prerender.ts'

const template = `<html><head><title>Harbour</title><meta name="description" content="x" /></head><body><div id="root"></div><script type="module" src="/assets/a.js"></script></body></html>`

const page = {
  file: 'help.html',
  title: 'Get help now – Harbour',
  description: 'Who to call & text',
  render: 'static' as const,
  html: '<h1>Get help now</h1>',
}

describe('fillTemplate', () => {
  it('puts the page, its title and description into the template', () => {
    const html = fillTemplate(template, page)
    expect(html).toContain('<title>Get help now – Harbour</title>')
    expect(html).toContain('content="Who to call &#38; text"')
    expect(html).toContain('<div id="root" data-render="static"><h1>Get help now</h1></div>')
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

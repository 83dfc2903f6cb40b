import { Marked, type Token, type Tokens } from 'marked'
import { resolveDocumentLink, type LinkContext } from './document-links.ts'

export class DocumentError extends Error {}

/** A link to another document, checked once every document is compiled. */
export interface CrossLink {
  href: string
  slug: string
  anchor: string | undefined
}

export interface CompiledDocument {
  title: string
  html: string
  /** The id of every heading, so links into the page can be checked. */
  ids: string[]
  crossLinks: CrossLink[]
  /** Links to pages of the app itself, as written (/help, /self-help/…). */
  appLinks: string[]
}

/** Ids the page around the document already uses. */
const RESERVED_IDS = ['main']

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()
}

/** A heading's id as GitHub makes it, so links written for the repository work in the app. */
export function headingId(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
  return id === '' ? 'section' : id
}

/**
 * A wide table or block of preformatted text scrolls inside its own box, so the page never
 * scrolls sideways at 320px. The box is focusable and named, so keyboard users can scroll it too.
 */
function scrollRegion(label: string, inner: string): string {
  return `<div class="document-scroll" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${inner}</div>\n`
}

function isHeading(token: Token): token is Tokens.Heading {
  return token.type === 'heading'
}

/** Takes the document's one level-1 heading, which must come first, as its title. */
function takeTitle(file: string, tokens: Token[]): Tokens.Heading {
  const first = tokens.findIndex((token) => token.type !== 'space')
  const heading = tokens[first]
  if (!heading || !isHeading(heading) || heading.depth !== 1) {
    throw new DocumentError(`${file}: it must start with its title, as a level-1 heading (# …)`)
  }
  tokens.splice(first, 1)
  if (tokens.some((token) => isHeading(token) && token.depth === 1)) {
    throw new DocumentError(`${file}: it has more than one level-1 heading; only the title is one`)
  }
  return heading
}

/**
 * Compiles one of the project's documents for the app, with the Markdown compiler the articles
 * use. Headings get GitHub's ids; links between documents become app addresses (see
 * resolveDocumentLink); links to unpublished files become their words; tables and preformatted
 * text scroll in a labelled region. A link to a missing file or heading fails with the file named.
 */
export function compileDocument(source: string, context: LinkContext): CompiledDocument {
  const file = context.from
  const ids = new Set<string>(RESERVED_IDS)
  const crossLinks: CrossLink[] = []
  const appLinks: string[] = []
  const samePageAnchors: string[] = []

  // Regions are named after the heading above them, and numbered when a section has several.
  const TABLE = 'Table'
  const TEXT = 'Preformatted text'
  let section = ''
  let sectionIndex = 0
  const regionsIn = new Map<string, number>()
  const seenIn = new Map<string, number>()
  const countRegions = (token: Token) => {
    if (isHeading(token)) sectionIndex++
    else if (token.type === 'table' || token.type === 'code') {
      const key = `${sectionIndex} ${token.type === 'table' ? TABLE : TEXT}`
      regionsIn.set(key, (regionsIn.get(key) ?? 0) + 1)
    }
  }
  const regionLabel = (kind: string) => {
    const key = `${sectionIndex} ${kind}`
    const seen = (seenIn.get(key) ?? 0) + 1
    seenIn.set(key, seen)
    return (regionsIn.get(key) ?? 0) > 1 ? `${kind} ${seen}: ${section}` : `${kind}: ${section}`
  }

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens)
        section = plainText(inner)
        sectionIndex++
        let id = headingId(section)
        for (let n = 1; ids.has(id); n++) id = `${headingId(section)}-${n}`
        ids.add(id)
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`
      },
      link({ href, tokens }) {
        const inner = this.parser.parseInline(tokens)
        const link = resolveDocumentLink(href, context)
        switch (link.kind) {
          case 'not-published':
            return inner
          case 'same-page':
            samePageAnchors.push(link.anchor)
            break
          case 'document':
            crossLinks.push({ href, slug: link.slug, anchor: link.anchor })
            break
          case 'app':
            appLinks.push(link.href)
            break
          case 'outside':
            break
        }
        return `<a href="${escapeHtml(link.href)}">${inner}</a>`
      },
      table(token) {
        const label = regionLabel(TABLE)
        const cell = (c: Tokens.TableCell, tag: 'th' | 'td', scope = '') =>
          `<${tag}${scope}>${this.parser.parseInline(c.tokens)}</${tag}>`
        // A table of facts written with an empty header row reads better as name and value.
        const byRow = token.header.every((c) => c.text.trim() === '')
        const head = byRow
          ? ''
          : `<thead><tr>${token.header.map((c) => cell(c, 'th', ' scope="col"')).join('')}</tr></thead>`
        const rows = token.rows
          .map((row) => {
            const cells = row.map((c, i) =>
              byRow && i === 0 ? cell(c, 'th', ' scope="row"') : cell(c, 'td'),
            )
            return `<tr>${cells.join('')}</tr>`
          })
          .join('\n')
        return scrollRegion(label, `<table>${head}<tbody>${rows}</tbody></table>`)
      },
      code({ text }) {
        return scrollRegion(regionLabel(TEXT), `<pre>${escapeHtml(text)}</pre>`)
      },
      // The documents are plain Markdown: any HTML in them is shown as written, never run.
      html({ text }) {
        return escapeHtml(text)
      },
    },
  })

  const tokens = marked.lexer(source)
  const title = plainText(marked.parseInline(takeTitle(file, tokens).text, { async: false }))
  // Anything before the first heading is about the document as a whole.
  section = 'About this document'
  marked.walkTokens(tokens, countRegions)
  sectionIndex = 0
  const html = marked.parser(tokens)
  for (const anchor of samePageAnchors) {
    if (!ids.has(anchor)) {
      throw new DocumentError(`${file}: the link "#${anchor}" leads to no heading on the page`)
    }
  }
  return {
    title,
    html,
    ids: [...ids].filter((id) => !RESERVED_IDS.includes(id)),
    crossLinks,
    appLinks,
  }
}

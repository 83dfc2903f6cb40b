import { readFileSync } from 'node:fs'
import path from 'node:path'
import { matchPath } from 'react-router'
import { describe, expect, it } from 'vitest'
import { appRoutes } from '../../src/app/route-table.ts'
import { loadArticles } from '../content/load-articles.ts'
import { DOCUMENT_CATALOGUE } from './document-catalogue.ts'
import { loadDocuments } from './load-documents.ts'

const root = path.resolve(import.meta.dirname, '../..')
const documents = loadDocuments(root)

/** Reads the real documents, with one file's text changed. */
function readWith(file: string, change: (source: string) => string) {
  return (name: string) => {
    const source = readFileSync(path.join(root, name), 'utf8')
    return name === file ? change(source) : source
  }
}

describe('loadDocuments, on the documents in docs/', () => {
  it('compiles every document in the catalogue, with its own title', () => {
    expect(documents.map((d) => [d.slug, d.title])).toEqual([
      ['privacy-notice-young-people', 'Harbour and your privacy'],
      ['privacy-notice-parents', 'Harbour privacy notice for parents and carers'],
      ['privacy-notice-schools', 'Harbour privacy notice for schools and colleges'],
      ['dpia', 'Harbour data protection impact assessment (DPIA)'],
      ['childrens-code', "Harbour and the Children's Code"],
      ['clinical-risk-management-plan', 'Harbour clinical risk management plan'],
      ['hazard-log', 'Harbour hazard log'],
      ['accessibility-statement', 'Accessibility statement for Harbour'],
    ])
  })

  it('links between documents by their app addresses, never by their files', () => {
    for (const document of documents) {
      expect(document.html, document.slug).not.toMatch(/href="[^"]*\.md/)
    }
    const plan = documents.find((d) => d.slug === 'clinical-risk-management-plan')
    expect(plan?.html).toContain('<a href="/about/documents/hazard-log#actions">')
  })

  it('links only to app pages and articles that exist', () => {
    const articles = new Set(loadArticles(path.join(root, 'content')).map((a) => a.slug))
    const patterns = appRoutes.map((route) => route.path)
    for (const document of documents) {
      for (const href of document.appLinks) {
        const { pathname } = new URL(href, 'https://harbour.invalid')
        expect(
          patterns.some((pattern) => matchPath(pattern, pathname)),
          href,
        ).toBe(true)
        const article = /^\/self-help\/([^/]+)$/.exec(pathname)?.[1]
        if (article) expect(articles.has(article), href).toBe(true)
      }
    }
  })

  it('fails, naming the file, when a document links to a file that is not there', () => {
    const file = 'docs/privacy/dpia.md'
    const read = readWith(file, (source) =>
      source.replace('(childrens-code.md)', '(children-code.md)'),
    )
    expect(() => loadDocuments(root, DOCUMENT_CATALOGUE, read)).toThrow(
      'docs/privacy/dpia.md: the link "children-code.md" leads to docs/privacy/children-code.md, which does not exist',
    )
  })

  it('fails, naming the file, when a link leads to a heading another document does not have', () => {
    const file = 'docs/clinical-safety/hazard-log.md'
    const read = readWith(file, (source) =>
      source.replace('#5-how-risk-is-rated', '#5-how-risks-are-rated'),
    )
    expect(() => loadDocuments(root, DOCUMENT_CATALOGUE, read)).toThrow(
      'docs/clinical-safety/hazard-log.md: the link "clinical-risk-management-plan.md#5-how-risks-are-rated" leads to no heading there',
    )
  })

  it('fails, naming the file, when a document in the catalogue is missing', () => {
    const catalogue = [{ ...DOCUMENT_CATALOGUE[0]!, file: 'docs/privacy/notice.md' }]
    expect(() => loadDocuments(root, catalogue)).toThrow(
      'docs/privacy/notice.md: the file cannot be read',
    )
  })
})

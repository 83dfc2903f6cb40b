import path from 'node:path'
import type { Plugin } from 'vite'
import type { DocumentSummary } from '../../src/features/info/documents/document-meta.ts'
import { DOCUMENT_CATALOGUE } from './document-catalogue.ts'
import { loadDocuments, type LoadedDocument } from './load-documents.ts'

const INDEX_ID = 'virtual:harbour-documents'
const DOCUMENT_PREFIX = 'virtual:harbour-document/'

function summaryOf({ html: _html, appLinks: _appLinks, ...summary }: LoadedDocument) {
  return summary satisfies DocumentSummary
}

/**
 * Serves the project's documents (docs/, as listed in document-catalogue.ts) to the app:
 * `virtual:harbour-documents` gives every document's title and summary, and a loader per
 * document, so each body is its own chunk, fetched only when someone opens it. A document that
 * cannot be compiled, or has a broken link, fails the build with its file named.
 */
export function documentsPlugin(root: string): Plugin {
  const watched = DOCUMENT_CATALOGUE.map((entry) => path.join(root, entry.file))
  let cache: LoadedDocument[] | undefined
  const documents = () => (cache ??= loadDocuments(root))

  return {
    name: 'harbour-documents',
    buildStart() {
      cache = undefined
      documents()
      for (const file of watched) this.addWatchFile(file)
    },
    watchChange(id) {
      if (id.startsWith(path.join(root, 'docs'))) cache = undefined
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(DOCUMENT_PREFIX)) return `\0${id}`
      return undefined
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const summaries = documents().map(summaryOf)
        const loaders = summaries
          .map(
            (d) =>
              `  ${JSON.stringify(d.slug)}: () => import(${JSON.stringify(DOCUMENT_PREFIX + d.slug)}),`,
          )
          .join('\n')
        return `export const documents = ${JSON.stringify(summaries)}\nexport const documentLoaders = {\n${loaders}\n}\n`
      }
      if (id.startsWith(`\0${DOCUMENT_PREFIX}`)) {
        const slug = id.slice(DOCUMENT_PREFIX.length + 1)
        const document = documents().find((d) => d.slug === slug)
        if (!document) throw new Error(`No document "${slug}" in the document catalogue`)
        const { appLinks: _appLinks, ...published } = document
        return `export default ${JSON.stringify(published)}\n`
      }
      return undefined
    },
  }
}

import { documents } from 'virtual:harbour-documents'
import type { DynamicPages } from '../../../app/route-table.ts'
import { documentPath } from './document-meta.ts'

/** Every document is prerendered, so it opens with JavaScript off and offline. */
export const documentPages: DynamicPages = {
  paths: documents.map((document) => documentPath(document.slug)),
  describe(path) {
    const document = documents.find((d) => documentPath(d.slug) === path)
    return document && { title: document.title, description: document.summary }
  },
}

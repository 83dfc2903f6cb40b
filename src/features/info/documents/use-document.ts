import { use } from 'react'
import { documentLoaders } from 'virtual:harbour-documents'
import type { PublishedDocument } from './document-meta.ts'

const loading = new Map<string, Promise<PublishedDocument | undefined>>()

function loadDocument(slug: string): Promise<PublishedDocument | undefined> {
  let promise = loading.get(slug)
  if (!promise) {
    const load = Object.hasOwn(documentLoaders, slug) ? documentLoaders[slug] : undefined
    promise = load ? load().then((module) => module.default) : Promise.resolve(undefined)
    loading.set(slug, promise)
  }
  return promise
}

/**
 * The document, from its own chunk. Suspends while it loads, so a prerendered page keeps its
 * server HTML until the chunk has arrived and then hydrates.
 */
export function useDocument(slug: string): PublishedDocument | undefined {
  return use(loadDocument(slug))
}

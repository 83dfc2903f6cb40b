import { use } from 'react'
import { articleLoaders } from 'virtual:harbour-articles'
import type { Article } from './article-meta.ts'

const loading = new Map<string, Promise<Article | undefined>>()

function loadArticle(slug: string): Promise<Article | undefined> {
  let promise = loading.get(slug)
  if (!promise) {
    const load = Object.hasOwn(articleLoaders, slug) ? articleLoaders[slug] : undefined
    promise = load ? load().then((module) => module.default) : Promise.resolve(undefined)
    loading.set(slug, promise)
  }
  return promise
}

/**
 * The article's body, from its own chunk. Suspends while it loads, so a prerendered page keeps
 * its server HTML until the chunk has arrived and then hydrates.
 */
export function useArticle(slug: string): Article | undefined {
  return use(loadArticle(slug))
}

import MiniSearch from 'minisearch'
import { INDEX_OPTIONS } from '../../src/features/self-help/search/search-options.ts'
import type { CompiledArticle } from './compile-article.ts'

/** Builds the article index once, at build time; the app loads it as JSON when someone searches. */
export function buildSearchIndex(articles: readonly CompiledArticle[]): string {
  const index = new MiniSearch(INDEX_OPTIONS)
  index.addAll(
    articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      topics: article.topics.join(' '),
      body: article.text,
    })),
  )
  return JSON.stringify(index)
}

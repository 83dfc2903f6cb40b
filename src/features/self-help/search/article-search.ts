import MiniSearch from 'minisearch'
import type { Audience, ArticleSummary } from '../article-meta.ts'
import type { Topic } from '../../../lib/topics.ts'
import { INDEX_OPTIONS, QUERY_OPTIONS } from './search-options.ts'

export interface ArticleFilters {
  audience?: Audience | undefined
  topic?: Topic | undefined
}

export interface ArticleSearch {
  search(query: string, filters?: ArticleFilters): ArticleSummary[]
}

function matchesFilters(article: ArticleSummary, { audience, topic }: ArticleFilters): boolean {
  return (
    (!audience || article.audiences.includes(audience)) &&
    (!topic || article.topics.includes(topic))
  )
}

/**
 * Searches the prebuilt index. Every word must match (with some typos and word endings allowed);
 * when nothing matches every word, any word will do, so a long question still finds something.
 */
export function createArticleSearch(
  serializedIndex: string,
  articles: readonly ArticleSummary[],
): ArticleSearch {
  const index = MiniSearch.loadJSON(serializedIndex, INDEX_OPTIONS)
  const bySlug = new Map(articles.map((article) => [article.slug, article]))
  return {
    search(query, filters = {}) {
      const wanted = (id: unknown) => {
        const article = bySlug.get(String(id))
        return article !== undefined && matchesFilters(article, filters)
      }
      const options = { ...QUERY_OPTIONS, filter: (result: { id: unknown }) => wanted(result.id) }
      let results = index.search(query, options)
      if (results.length === 0) results = index.search(query, { ...options, combineWith: 'OR' })
      return results.flatMap((result) => bySlug.get(String(result.id)) ?? [])
    },
  }
}

/** Lists articles by filter alone, for when there is no search text. */
export function filterArticles(
  articles: readonly ArticleSummary[],
  filters: ArticleFilters,
): ArticleSummary[] {
  return articles.filter((article) => matchesFilters(article, filters))
}

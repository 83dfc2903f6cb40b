import { useEffect, useMemo, useState } from 'react'
import { articles } from 'virtual:harbour-articles'
import type { ArticleSummary } from './article-meta.ts'
import type { ArticleSearch } from './search/article-search.ts'
import { filterArticles } from './search/article-search.ts'
import type { LibraryFilters } from './use-library-filters.ts'

let searchReady: Promise<ArticleSearch> | undefined

/** The search index is loaded the first time someone searches, then kept. */
function loadSearch(): Promise<ArticleSearch> {
  searchReady ??= Promise.all([
    import('virtual:harbour-search-index'),
    import('./search/article-search.ts'),
  ]).then(([index, module]) => module.createArticleSearch(index.default, articles))
  return searchReady
}

export interface SearchOutcome {
  results: ArticleSummary[]
  searching: boolean
}

export function useArticleSearch({ query, audience, topic }: LibraryFilters): SearchOutcome {
  const [search, setSearch] = useState<ArticleSearch>()
  const wantsSearch = query.trim().length > 0

  useEffect(() => {
    if (!wantsSearch || search) return
    let live = true
    void loadSearch().then((loaded) => live && setSearch(loaded))
    return () => {
      live = false
    }
  }, [wantsSearch, search])

  return useMemo(() => {
    if (!wantsSearch)
      return { results: filterArticles(articles, { audience, topic }), searching: false }
    if (!search) return { results: [], searching: true }
    return { results: search.search(query, { audience, topic }), searching: false }
  }, [wantsSearch, search, query, audience, topic])
}

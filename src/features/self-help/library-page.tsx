import { PageHeading } from '../../ui/page-heading.tsx'
import { ArticleList } from './article-list.tsx'
import { LibraryFiltersForm } from './library-filters-form.tsx'
import { ToolsStrip } from './tools-strip.tsx'
import { useArticleSearch } from './use-article-search.ts'
import { useLibraryFilters } from './use-library-filters.ts'
import './self-help.css'

function resultsMessage(count: number, query: string, searching: boolean): string {
  if (searching) return 'Searching…'
  const articles = count === 1 ? '1 article' : `${count} articles`
  if (!query.trim()) return `Showing ${articles}.`
  if (count === 0) return `Nothing matches “${query.trim()}”. Try fewer or different words.`
  return `${articles} match “${query.trim()}”.`
}

export function LibraryPage() {
  const [filters, updateFilters] = useLibraryFilters()
  const { results, searching } = useArticleSearch(filters)
  const hasQuery = filters.query.trim().length > 0
  return (
    <div className="library">
      <PageHeading>Self-help</PageHeading>
      <p className="lead">
        Short, friendly reads and calming tools. They work with no signal once you have opened
        Harbour.
      </p>
      <ToolsStrip />
      <h2 id="articles-heading">Articles</h2>
      <LibraryFiltersForm filters={filters} onChange={updateFilters} />
      <p role="status" className="library__status">
        {resultsMessage(results.length, filters.query, searching)}
      </p>
      <ArticleList articles={results} groupByTopic={!hasQuery && !filters.topic} />
    </div>
  )
}

import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ArticleList } from './article-list.tsx'
import { LibraryFiltersForm } from './library-filters-form.tsx'
import { ToolsStrip } from './tools-strip.tsx'
import { useArticleSearch } from './use-article-search.ts'
import { useLibraryFilters } from './use-library-filters.ts'
import './self-help.css'

function resultsMessage(i18n: I18n, count: number, query: string, searching: boolean): string {
  if (searching) return i18n._(msg`Searching…`)
  const words = query.trim()
  if (!words) {
    return i18n._(msg`Showing ${plural(count, { one: '# article', other: '# articles' })}.`)
  }
  if (count === 0) return i18n._(msg`Nothing matches “${words}”. Try fewer or different words.`)
  return i18n._(
    msg`${plural(count, { one: '# article matches', other: '# articles match' })} “${words}”.`,
  )
}

export function LibraryPage() {
  const [filters, updateFilters] = useLibraryFilters()
  const { results, searching } = useArticleSearch(filters)
  const { i18n } = useLingui()
  const hasQuery = filters.query.trim().length > 0
  return (
    <div className="library">
      <PageHeading>
        <Trans>Self-help</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Short, friendly reads and calming tools. They work with no signal once you have opened
          Harbour.
        </Trans>
      </p>
      <ToolsStrip />
      <h2 id="articles-heading">
        <Trans>Articles</Trans>
      </h2>
      <LibraryFiltersForm filters={filters} onChange={updateFilters} />
      <p role="status" className="library__status">
        {resultsMessage(i18n, results.length, filters.query, searching)}
      </p>
      <ArticleList articles={results} groupByTopic={!hasQuery && !filters.topic} />
    </div>
  )
}

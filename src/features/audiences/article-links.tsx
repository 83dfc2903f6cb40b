import { useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { useArticleInLanguage } from '../self-help/article-in-language.ts'
import type { ArticleSummary } from '../self-help/article-meta.ts'
import type { ToolSummary } from '../self-help/tools/tool-registry.ts'

/** Articles as links with their summaries, for the parents' and schools' pages. */
export function ArticleLinks({ articles }: { articles: readonly ArticleSummary[] }) {
  const inLanguage = useArticleInLanguage()
  return (
    <ul className="audience-links">
      {articles.map((article) => {
        const shown = inLanguage(article)
        return (
          <li key={article.slug}>
            <Link
              to={`/self-help/${article.slug}`}
              className="audience-links__link"
              lang={shown.lang}
            >
              {shown.title}
            </Link>
            <p lang={shown.lang}>{shown.summary}</p>
          </li>
        )
      })}
    </ul>
  )
}

export function ToolLinks({ tools }: { tools: readonly ToolSummary[] }) {
  const { i18n } = useLingui()
  return (
    <ul className="audience-links">
      {tools.map((tool) => (
        <li key={tool.slug}>
          <Link to={`/tools/${tool.slug}`} className="audience-links__link">
            {i18n._(tool.title)}
          </Link>
          <p>{i18n._(tool.summary)}</p>
        </li>
      ))}
    </ul>
  )
}

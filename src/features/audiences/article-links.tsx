import { Link } from 'react-router'
import type { ArticleSummary } from '../self-help/article-meta.ts'
import type { ToolSummary } from '../self-help/tools/tool-registry.ts'

/** Articles as links with their summaries, for the parents' and schools' pages. */
export function ArticleLinks({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ul className="audience-links">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link to={`/self-help/${article.slug}`} className="audience-links__link">
            {article.title}
          </Link>
          <p>{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}

export function ToolLinks({ tools }: { tools: readonly ToolSummary[] }) {
  return (
    <ul className="audience-links">
      {tools.map((tool) => (
        <li key={tool.slug}>
          <Link to={`/tools/${tool.slug}`} className="audience-links__link">
            {tool.title}
          </Link>
          <p>{tool.summary}</p>
        </li>
      ))}
    </ul>
  )
}

import { Link } from 'react-router'
import { articles } from 'virtual:harbour-articles'
import { TOPICS } from '../../lib/topics.ts'
import type { Article } from './article-meta.ts'
import { toolBySlug } from './tools/tool-registry.ts'

/** Every article ends with where to go next: more reading, a tool, and people who can help. */
export function WhatCanHelpNext({ article }: { article: Article }) {
  const related = article.related.articles.flatMap(
    (slug) => articles.find((a) => a.slug === slug) ?? [],
  )
  return (
    <section className="what-next" aria-labelledby="what-next-title">
      <h2 id="what-next-title">What can help next</h2>
      {related.length > 0 && (
        <>
          <h3>Read next</h3>
          <ul className="link-list">
            {related.map((a) => (
              <li key={a.slug}>
                <Link to={`/self-help/${a.slug}`}>{a.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {article.related.tools.length > 0 && (
        <>
          <h3>Try a tool</h3>
          <ul className="link-list">
            {article.related.tools.map((slug) => (
              <li key={slug}>
                <Link to={`/tools/${slug}`}>{toolBySlug(slug).title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Talk to someone</h3>
      <p>
        <Link to={`/find-support?topic=${article.related.findSupport}`}>
          Find support for {TOPICS[article.related.findSupport].toLowerCase()}
        </Link>
        , near you or online. Or <Link to="/help">get help now</Link> if you need it today.
      </p>
    </section>
  )
}

import { Link } from 'react-router'
import { TOPICS, TOPIC_IDS } from '../../lib/topics.ts'
import type { ArticleSummary } from './article-meta.ts'

function ArticleItems({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.slug} className="article-list__item">
          <Link to={`/self-help/${article.slug}`} className="article-list__link">
            {article.title}
          </Link>
          <p>{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}

/** Articles as a plain list (search results) or under their main topic (browsing). */
export function ArticleList({
  articles,
  groupByTopic,
}: {
  articles: readonly ArticleSummary[]
  groupByTopic: boolean
}) {
  if (!groupByTopic) return <ArticleItems articles={articles} />
  return (
    <>
      {TOPIC_IDS.map((topic) => {
        const inTopic = articles.filter((article) => article.topics[0] === topic)
        if (inTopic.length === 0) return null
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>{TOPICS[topic]}</h3>
            <ArticleItems articles={inTopic} />
          </section>
        )
      })}
    </>
  )
}

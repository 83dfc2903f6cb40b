import { useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { topicName } from '../../lib/topic-names.ts'
import { TOPIC_IDS } from '../../lib/topics.ts'
import { useArticleInLanguage } from './article-in-language.ts'
import type { ArticleSummary } from './article-meta.ts'

function ArticleItems({ articles }: { articles: readonly ArticleSummary[] }) {
  const inLanguage = useArticleInLanguage()
  return (
    <ul className="article-list">
      {articles.map((article) => {
        const shown = inLanguage(article)
        return (
          <li key={article.slug} className="article-list__item">
            <Link
              to={`/self-help/${article.slug}`}
              className="article-list__link"
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

/** Articles as a plain list (search results) or under their main topic (browsing). */
export function ArticleList({
  articles,
  groupByTopic,
}: {
  articles: readonly ArticleSummary[]
  groupByTopic: boolean
}) {
  const { i18n } = useLingui()
  if (!groupByTopic) return <ArticleItems articles={articles} />
  return (
    <>
      {TOPIC_IDS.map((topic) => {
        const inTopic = articles.filter((article) => article.topics[0] === topic)
        if (inTopic.length === 0) return null
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>{topicName(topic, i18n)}</h3>
            <ArticleItems articles={inTopic} />
          </section>
        )
      })}
    </>
  )
}

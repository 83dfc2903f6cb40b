import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { articles } from 'virtual:harbour-articles'
import { topicNameInSentence } from '../../lib/topic-names.ts'
import { useArticleInLanguage } from './article-in-language.ts'
import type { Article } from './article-meta.ts'
import { toolBySlug } from './tools/tool-registry.ts'

/** Every article ends with where to go next: more reading, a tool, and people who can help. */
export function WhatCanHelpNext({ article }: { article: Article }) {
  const { i18n } = useLingui()
  const inLanguage = useArticleInLanguage()
  const related = article.related.articles.flatMap(
    (slug) => articles.find((a) => a.slug === slug) ?? [],
  )
  const topic = topicNameInSentence(article.related.findSupport, i18n)
  return (
    <section className="what-next" aria-labelledby="what-next-title">
      <h2 id="what-next-title">
        <Trans>What can help next</Trans>
      </h2>
      {related.length > 0 && (
        <>
          <h3>
            <Trans>Read next</Trans>
          </h3>
          <ul className="link-list">
            {related.map((a) => {
              const shown = inLanguage(a)
              return (
                <li key={a.slug}>
                  <Link to={`/self-help/${a.slug}`} lang={shown.lang}>
                    {shown.title}
                  </Link>
                </li>
              )
            })}
          </ul>
        </>
      )}
      {article.related.tools.length > 0 && (
        <>
          <h3>
            <Trans>Try a tool</Trans>
          </h3>
          <ul className="link-list">
            {article.related.tools.map((slug) => (
              <li key={slug}>
                <Link to={`/tools/${slug}`}>{i18n._(toolBySlug(slug).title)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        <Trans>Talk to someone</Trans>
      </h3>
      <p>
        <Trans>
          <Link to={`/find-support?topic=${article.related.findSupport}`}>
            Find support for {topic}
          </Link>
          , near you or online. Or <Link to="/help">get help now</Link> if you need it today.
        </Trans>
      </p>
    </section>
  )
}

import { Trans, useLingui } from '@lingui/react/macro'
import { Link, useParams } from 'react-router'
import { formatDate } from '../../i18n/format-date.ts'
import type { Locale } from '../../i18n/locales.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { usePageTitle } from '../../ui/use-page-title.ts'
import { SaveToMySpace } from '../my-space/save-to-my-space.tsx'
import { ArticleBody } from './article-body.tsx'
import { AUDIENCE_NAMES } from './audience-names.ts'
import { ContentNote } from './content-note.tsx'
import { useArticle } from './use-article.ts'
import { WhatCanHelpNext } from './what-can-help-next.tsx'
import './self-help.css'

function monthYear(isoDate: string, locale: Locale): string {
  return formatDate(new Date(`${isoDate}T12:00:00Z`), locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export function ArticlePage() {
  const { slug = '' } = useParams()
  const shown = useArticle(slug)
  const article = shown?.article
  const { i18n, t } = useLingui()
  usePageTitle(article?.title ?? t`Article not found`)

  if (!article) {
    return (
      <div>
        <PageHeading>
          <Trans>We can’t find that article</Trans>
        </PageHeading>
        <p className="lead">
          <Trans>It may have moved, or the link may have a typing mistake in it.</Trans>
        </p>
        <p>
          <Trans>
            <Link to="/self-help">See all self-help</Link>, or <Link to="/help">get help now</Link>.
          </Trans>
        </p>
      </div>
    )
  }

  const minutes = article.readingMinutes
  const audiences = article.audiences
    .map((audience) => i18n._(AUDIENCE_NAMES[audience]).toLocaleLowerCase(i18n.locale))
    .join(', ')
  const checked = monthYear(article.reviewed, i18n.locale as Locale)
  // Not yet translated: the English is shown, marked as English, with a note saying so.
  const english = shown?.lang !== i18n.locale ? 'en' : undefined
  return (
    <article className="article">
      <p className="breadcrumb">
        <Link to="/self-help">
          <Trans>Self-help</Trans>
        </Link>
      </p>
      {english && (
        <p className="callout">
          <Trans>This article is not in Welsh yet, so here it is in English.</Trans>
        </p>
      )}
      <PageHeading>
        <span lang={english}>{article.title}</span>
      </PageHeading>
      <p className="lead" lang={english}>
        {article.summary}
      </p>
      <p className="article__meta">
        <Trans>
          {minutes} minute read · For {audiences} · Checked {checked}
        </Trans>
      </p>
      {article.contentNote !== 'none' && <ContentNote subject={article.contentNote} />}
      <SaveToMySpace kind="article" itemRef={article.slug} title={article.title} />
      <div lang={english}>
        <ArticleBody html={article.html} />
      </div>
      <WhatCanHelpNext article={article} />
    </article>
  )
}

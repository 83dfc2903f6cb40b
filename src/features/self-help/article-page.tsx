import { Link, useParams } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'
import { usePageTitle } from '../../ui/use-page-title.ts'
import { SaveToMySpace } from '../my-space/save-to-my-space.tsx'
import { ArticleBody } from './article-body.tsx'
import { AUDIENCES } from './article-meta.ts'
import { ContentNote } from './content-note.tsx'
import { useArticle } from './use-article.ts'
import { WhatCanHelpNext } from './what-can-help-next.tsx'
import './self-help.css'

function monthYear(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

export function ArticlePage() {
  const { slug = '' } = useParams()
  const article = useArticle(slug)
  usePageTitle(article?.title ?? 'Article not found')

  if (!article) {
    return (
      <div>
        <PageHeading>We can&rsquo;t find that article</PageHeading>
        <p className="lead">It may have moved, or the link may have a typing mistake in it.</p>
        <p>
          <Link to="/self-help">See all self-help</Link>, or <Link to="/help">get help now</Link>.
        </p>
      </div>
    )
  }

  const audiences = article.audiences.map((a) => AUDIENCES[a].toLowerCase()).join(', ')
  return (
    <article className="article">
      <p className="breadcrumb">
        <Link to="/self-help">Self-help</Link>
      </p>
      <PageHeading>{article.title}</PageHeading>
      <p className="lead">{article.summary}</p>
      <p className="article__meta">
        {article.readingMinutes} minute read · For {audiences} · Checked{' '}
        {monthYear(article.reviewed)}
      </p>
      {article.contentNote !== 'none' && <ContentNote subject={article.contentNote} />}
      <SaveToMySpace kind="article" itemRef={article.slug} title={article.title} />
      <ArticleBody html={article.html} />
      <WhatCanHelpNext article={article} />
    </article>
  )
}

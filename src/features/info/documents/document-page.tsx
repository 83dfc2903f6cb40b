import { Trans, useLingui } from '@lingui/react/macro'
import { Link, useParams } from 'react-router'
import { NotFoundPage } from '../../../app/not-found-page.tsx'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { DocumentBody } from './document-body.tsx'
import { DOCUMENTS_PATH } from './document-meta.ts'
import { useDocument } from './use-document.ts'
import { useFocusOnHash } from './use-focus-on-hash.ts'
import './documents.css'

/**
 * One of the project's documents. Only the words around it are in the interface language: the
 * document itself is written in English, and says so with its `lang`.
 */
export function DocumentPage() {
  const { t, i18n } = useLingui()
  const { slug = '' } = useParams()
  const document = useDocument(slug)
  usePageTitle(document?.title ?? t`Page not found`)
  useFocusOnHash()

  if (!document) return <NotFoundPage />

  const inEnglish = i18n.locale === 'en' ? undefined : 'en'
  return (
    <article className="document">
      <p className="document__crumb">
        <Link to={DOCUMENTS_PATH}>
          <Trans>Privacy, safety and accessibility documents</Trans>
        </Link>
      </p>
      <PageHeading>
        <span lang={inEnglish}>{document.title}</span>
      </PageHeading>
      <p className="lead" lang={inEnglish}>
        {document.audience}
      </p>
      {inEnglish && (
        <p className="callout">
          <Trans>This document is only in English for now.</Trans>
        </p>
      )}
      <DocumentBody html={document.html} lang={inEnglish} />
      <p className="document__back">
        <Link to={DOCUMENTS_PATH}>
          <Trans>Back to all the documents</Trans>
        </Link>
      </p>
    </article>
  )
}

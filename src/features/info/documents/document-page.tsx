import { Link, useParams } from 'react-router'
import { NotFoundPage } from '../../../app/not-found-page.tsx'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { DocumentBody } from './document-body.tsx'
import { DOCUMENTS_PATH } from './document-meta.ts'
import { useDocument } from './use-document.ts'
import { useFocusOnHash } from './use-focus-on-hash.ts'
import './documents.css'

export function DocumentPage() {
  const { slug = '' } = useParams()
  const document = useDocument(slug)
  usePageTitle(document?.title ?? 'Page not found')
  useFocusOnHash()

  if (!document) return <NotFoundPage />

  return (
    <article className="document">
      <p className="document__crumb">
        <Link to={DOCUMENTS_PATH}>Privacy, safety and accessibility documents</Link>
      </p>
      <PageHeading>{document.title}</PageHeading>
      <p className="lead">{document.audience}</p>
      <DocumentBody html={document.html} />
      <p className="document__back">
        <Link to={DOCUMENTS_PATH}>Back to all the documents</Link>
      </p>
    </article>
  )
}

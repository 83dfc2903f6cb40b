import { Link } from 'react-router'
import { documents } from 'virtual:harbour-documents'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { DOCUMENT_GROUPS, documentPath, type DocumentGroup } from './document-meta.ts'
import { useFocusOnHash } from './use-focus-on-hash.ts'
import './documents.css'

const GROUPS: Record<DocumentGroup, { heading: string; about: string }> = {
  privacy: {
    heading: 'Privacy',
    about:
      'How Harbour looks after information about the people who use it, written for each of them.',
  },
  'clinical-safety': {
    heading: 'Clinical safety',
    about: 'How the risks of harm to people using Harbour are found, made smaller and checked.',
  },
  accessibility: {
    heading: 'Accessibility',
    about:
      'How easy Harbour is to use for everyone, including people who use a keyboard, a screen reader or bigger text.',
  },
}

export function DocumentsPage() {
  useFocusOnHash()
  return (
    <div className="prose">
      <PageHeading>Privacy, safety and accessibility documents</PageHeading>
      <p className="lead">
        These are the documents behind Harbour. Some are written for young people, and some for the
        adults who run Harbour, so a few use harder words.
      </p>
      <p>
        Words in <strong>[square brackets]</strong> are filled in by the team that runs your
        Harbour.
      </p>
      {DOCUMENT_GROUPS.map((group) => (
        <section key={group} aria-labelledby={group} className="documents__group">
          <h2 id={group} tabIndex={-1}>
            {GROUPS[group].heading}
          </h2>
          <p>{GROUPS[group].about}</p>
          <ul className="link-list">
            {documents
              .filter((document) => document.group === group)
              .map((document) => (
                <li key={document.slug}>
                  <Link to={documentPath(document.slug)}>{document.title}</Link>
                  <span className="door__text">{document.summary}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p>
        <Link to="/about">About Harbour</Link>
      </p>
    </div>
  )
}

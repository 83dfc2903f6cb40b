import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { documents } from 'virtual:harbour-documents'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { DOCUMENT_GROUPS, documentPath, type DocumentGroup } from './document-meta.ts'
import { useFocusOnHash } from './use-focus-on-hash.ts'
import './documents.css'

const GROUPS: Record<DocumentGroup, { heading: MessageDescriptor; about: MessageDescriptor }> = {
  privacy: {
    heading: msg`Privacy`,
    about: msg`How Harbour looks after information about the people who use it, written for each of them.`,
  },
  'clinical-safety': {
    heading: msg`Clinical safety`,
    about: msg`How the risks of harm to people using Harbour are found, made smaller and checked.`,
  },
  accessibility: {
    heading: msg`Accessibility`,
    about: msg`How easy Harbour is to use for everyone, including people who use a keyboard, a screen reader or bigger text.`,
  },
}

export function DocumentsPage() {
  const { i18n } = useLingui()
  useFocusOnHash()
  // The documents are written in English: in another language their titles say so.
  const inEnglish = i18n.locale === 'en' ? undefined : 'en'
  return (
    <div className="prose">
      <PageHeading>
        <Trans>Privacy, safety and accessibility documents</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          These are the documents behind Harbour. Some are written for young people, and some for
          the adults who run Harbour, so a few use harder words.
        </Trans>
      </p>
      {inEnglish && (
        <p>
          <Trans>The documents are only in English for now.</Trans>
        </p>
      )}
      <p>
        <Trans>
          Words in <strong>[square brackets]</strong> are filled in by the team that runs your
          Harbour.
        </Trans>
      </p>
      {DOCUMENT_GROUPS.map((group) => (
        <section key={group} aria-labelledby={group} className="documents__group">
          <h2 id={group} tabIndex={-1}>
            {i18n._(GROUPS[group].heading)}
          </h2>
          <p>{i18n._(GROUPS[group].about)}</p>
          <ul className="link-list">
            {documents
              .filter((document) => document.group === group)
              .map((document) => (
                <li key={document.slug} lang={inEnglish}>
                  <Link to={documentPath(document.slug)}>{document.title}</Link>
                  <span className="door__text">{document.summary}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p>
        <Link to="/about">
          <Trans>About Harbour</Trans>
        </Link>
      </p>
    </div>
  )
}

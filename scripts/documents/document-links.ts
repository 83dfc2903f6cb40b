import path from 'node:path'
import { documentPath } from '../../src/features/info/documents/document-meta.ts'

/** Where a link in a document leads once the document is a page of the app. */
export type DocumentLink =
  /** Another part of the same page. */
  | { kind: 'same-page'; href: string; anchor: string }
  /** Another published document (and perhaps a part of it): the link now names its app page. */
  | { kind: 'document'; href: string; slug: string; anchor: string | undefined }
  /** A page of the app itself, such as /help. */
  | { kind: 'app'; href: string }
  /** A website, an email address or a phone number. */
  | { kind: 'outside'; href: string }
  /** A file of the repository that the app does not publish: shown as its words, not a link. */
  | { kind: 'not-published'; file: string }

export interface LinkContext {
  /** The linking document's file, from the repository's root (docs/…). */
  from: string
  /** Published documents by file, from the repository's root. */
  slugsByFile: ReadonlyMap<string, string>
  /** Whether a file exists, given its path from the repository's root. */
  fileExists(file: string): boolean
}

export class BrokenLinkError extends Error {}

const OUTSIDE = /^(?:https:|http:|mailto:|tel:|sms:)/i

function splitAnchor(href: string): [string, string | undefined] {
  const hash = href.indexOf('#')
  return hash === -1
    ? [href, undefined]
    : [href.slice(0, hash), decodeURIComponent(href.slice(hash + 1))]
}

/**
 * Works out where a link written in a document leads in the app. Links between documents are
 * written as relative paths to their Markdown files, so they work when the documents are read in
 * the repository; here they become the documents' addresses in the app. A link to a file that
 * does not exist is a mistake, and stops the build.
 */
export function resolveDocumentLink(href: string, context: LinkContext): DocumentLink {
  const broken = (why: string) => new BrokenLinkError(`${context.from}: the link "${href}" ${why}`)
  if (OUTSIDE.test(href)) return { kind: 'outside', href }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    throw broken('uses a kind of address the app does not open')
  }
  const [target, anchor] = splitAnchor(href)
  if (target === '') {
    if (!anchor) throw broken('points nowhere')
    return { kind: 'same-page', href, anchor }
  }
  if (target.startsWith('/')) return { kind: 'app', href }

  const file = path.posix.normalize(path.posix.join(path.posix.dirname(context.from), target))
  if (file.startsWith('../')) throw broken('leads outside the repository')
  const slug = context.slugsByFile.get(file)
  if (slug !== undefined) {
    const page = documentPath(slug)
    return { kind: 'document', href: anchor ? `${page}#${anchor}` : page, slug, anchor }
  }
  if (!context.fileExists(file)) throw broken(`leads to ${file}, which does not exist`)
  return { kind: 'not-published', file }
}

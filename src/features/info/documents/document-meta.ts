/** The three kinds of document Harbour publishes, in the order the index lists them. */
export const DOCUMENT_GROUPS = ['privacy', 'clinical-safety', 'accessibility'] as const
export type DocumentGroup = (typeof DOCUMENT_GROUPS)[number]

/** One of the project's documents in docs/, as the app lists it. */
export interface DocumentEntry {
  /** The last part of its address: /about/documents/<slug>. */
  slug: string
  /** Its Markdown file, from the repository's root (docs/…). */
  file: string
  group: DocumentGroup
  /** Who it is written for, as one short line under its title. */
  audience: string
  /** One plain sentence saying what it is, for the index. */
  summary: string
}

/** An entry with the title its file gives itself (its level-1 heading). */
export interface DocumentSummary extends DocumentEntry {
  title: string
}

/** A document ready to show: its summary and its body as HTML compiled at build time. */
export interface PublishedDocument extends DocumentSummary {
  html: string
}

export const DOCUMENTS_PATH = '/about/documents'

export function documentPath(slug: string): string {
  return `${DOCUMENTS_PATH}/${slug}`
}

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type {
  DocumentEntry,
  PublishedDocument,
} from '../../src/features/info/documents/document-meta.ts'
import { compileDocument, DocumentError, type CompiledDocument } from './compile-document.ts'
import { DOCUMENT_CATALOGUE } from './document-catalogue.ts'
import { BrokenLinkError } from './document-links.ts'

export interface LoadedDocument extends PublishedDocument {
  appLinks: string[]
}

/** Reads a document's file, given its path from the repository's root. */
export type ReadDocument = (file: string) => string

/**
 * Compiles every document in the catalogue, then checks each link between them leads to a
 * heading that exists. Throws a DocumentError naming the file on the first problem.
 */
export function loadDocuments(
  root: string,
  catalogue: readonly DocumentEntry[] = DOCUMENT_CATALOGUE,
  read: ReadDocument = (file) => readFileSync(path.join(root, file), 'utf8'),
): LoadedDocument[] {
  const slugsByFile = new Map(catalogue.map((entry) => [entry.file, entry.slug]))
  const fileExists = (file: string) => slugsByFile.has(file) || existsSync(path.join(root, file))

  const compiled = new Map<string, CompiledDocument>()
  for (const entry of catalogue) {
    let source: string
    try {
      source = read(entry.file)
    } catch {
      throw new DocumentError(`${entry.file}: the file cannot be read`)
    }
    try {
      compiled.set(
        entry.slug,
        compileDocument(source, { from: entry.file, slugsByFile, fileExists }),
      )
    } catch (error) {
      if (error instanceof BrokenLinkError) throw new DocumentError(error.message)
      throw error
    }
  }

  return catalogue.map((entry) => {
    const document = compiled.get(entry.slug)!
    for (const link of document.crossLinks) {
      const target = compiled.get(link.slug)!
      if (link.anchor !== undefined && !target.ids.includes(link.anchor)) {
        throw new DocumentError(`${entry.file}: the link "${link.href}" leads to no heading there`)
      }
    }
    return { ...entry, title: document.title, html: document.html, appLinks: document.appLinks }
  })
}

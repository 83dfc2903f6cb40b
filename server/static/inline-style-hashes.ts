import { createHash } from 'node:crypto'
import type { StaticFile } from './dist-index.ts'

const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g

/** The CSP hash (sha256, base64) of every inline <style> in the built pages, each once. */
export function inlineStyleHashes(files: Iterable<StaticFile>): string[] {
  const hashes = new Set<string>()
  for (const file of files) {
    if (!file.urlPath.endsWith('.html') || !file.body) continue
    for (const [, css] of file.body.toString('utf8').matchAll(INLINE_STYLE)) {
      hashes.add(
        `sha256-${createHash('sha256')
          .update(css ?? '', 'utf8')
          .digest('base64')}`,
      )
    }
  }
  return [...hashes].sort()
}

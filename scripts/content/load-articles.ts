import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { compileArticle, ContentError, type CompiledArticle } from './compile-article.ts'

/** Every article in content/, compiled, sorted by title. Throws on the first bad file. */
export function loadArticles(contentDir: string): CompiledArticle[] {
  let files: string[]
  try {
    files = readdirSync(contentDir).filter((name) => name.endsWith('.md'))
  } catch {
    throw new ContentError(`No content folder at ${contentDir}`)
  }
  return files
    .map((name) => compileArticle(name, readFileSync(path.join(contentDir, name), 'utf8')))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
}

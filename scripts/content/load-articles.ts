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

/**
 * Translations of articles, from content/<locale>/ (none when the folder is missing). Each must
 * translate an article that exists in English, under the same file name: a translation of nothing
 * is a mistake the build reports.
 */
export function loadTranslations(
  contentDir: string,
  locale: string,
  englishSlugs: ReadonlySet<string>,
): CompiledArticle[] {
  const dir = path.join(contentDir, locale)
  let files: string[]
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.md'))
  } catch {
    return []
  }
  return files.map((name) => {
    const article = compileArticle(name, readFileSync(path.join(dir, name), 'utf8'))
    if (!englishSlugs.has(article.slug)) {
      throw new ContentError(
        `content/${locale}/${name} translates "${article.slug}", which is not an article in content/`,
      )
    }
    return article
  })
}

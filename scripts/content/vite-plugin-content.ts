import path from 'node:path'
import type { Plugin } from 'vite'
import type { ArticleSummary } from '../../src/features/self-help/article-meta.ts'
import { buildSearchIndex } from './build-search-index.ts'
import type { CompiledArticle } from './compile-article.ts'
import { loadArticles, loadTranslations } from './load-articles.ts'

const INDEX_ID = 'virtual:harbour-articles'
const ARTICLE_PREFIX = 'virtual:harbour-article/'
const SEARCH_ID = 'virtual:harbour-search-index'
/** The languages articles can be translated into, besides English. */
const TRANSLATED_LOCALES = ['cy'] as const

function summaryOf({ html: _html, text: _text, links: _links, ...summary }: CompiledArticle) {
  return summary satisfies ArticleSummary
}

/**
 * Serves content/ to the app: `virtual:harbour-articles` (every article's metadata, and a loader
 * per article so each body is its own chunk), `virtual:harbour-article/<slug>` and
 * `virtual:harbour-search-index` (built here once, loaded by the app only when someone searches).
 */
export function contentPlugin(root: string): Plugin {
  const contentDir = path.join(root, 'content')
  let cache: CompiledArticle[] | undefined
  const articles = () => (cache ??= loadArticles(contentDir))
  let translationCache: Record<string, CompiledArticle[]> | undefined
  const translations = () =>
    (translationCache ??= Object.fromEntries(
      TRANSLATED_LOCALES.map((locale) => [
        locale,
        loadTranslations(contentDir, locale, new Set(articles().map((a) => a.slug))),
      ]),
    ))

  return {
    name: 'harbour-content',
    buildStart() {
      cache = undefined
      translationCache = undefined
      articles()
      translations()
      this.addWatchFile(contentDir)
    },
    watchChange(id) {
      if (id.startsWith(contentDir)) {
        cache = undefined
        translationCache = undefined
      }
    },
    resolveId(id) {
      if (id === INDEX_ID || id === SEARCH_ID || id.startsWith(ARTICLE_PREFIX)) return `\0${id}`
      return undefined
    },
    load(id) {
      if (!id.startsWith('\0virtual:harbour-')) return undefined
      const name = id.slice(1)
      if (name === INDEX_ID) {
        const summaries = articles().map(summaryOf)
        const loaders = summaries
          .map((a) => `  ${JSON.stringify(a.slug)}: () => import(${JSON.stringify(ARTICLE_PREFIX + a.slug)}),`)
          .join('\n')
        const translated = Object.entries(translations())
          .map(([locale, list]) => {
            const entries = list
              .map(
                (a) =>
                  `    ${JSON.stringify(a.slug)}: () => import(${JSON.stringify(`${ARTICLE_PREFIX}${locale}/${a.slug}`)}),`,
              )
              .join('\n')
            return `  ${JSON.stringify(locale)}: {\n${entries}\n  },`
          })
          .join('\n')
        const translatedSummaries = Object.fromEntries(
          Object.entries(translations()).map(([locale, list]) => [locale, list.map(summaryOf)]),
        )
        return `export const articles = ${JSON.stringify(summaries)}\nexport const articleLoaders = {\n${loaders}\n}\nexport const translationLoaders = {\n${translated}\n}\nexport const translatedSummaries = ${JSON.stringify(translatedSummaries)}\n`
      }
      if (name === SEARCH_ID) {
        return `export default ${JSON.stringify(buildSearchIndex(articles()))}\n`
      }
      if (name.startsWith(ARTICLE_PREFIX)) {
        const wanted = name.slice(ARTICLE_PREFIX.length)
        const [locale, translatedSlug] = wanted.includes('/') ? wanted.split('/') : [undefined, wanted]
        const slug = translatedSlug as string
        const list = locale === undefined ? articles() : (translations()[locale] ?? [])
        const article = list.find((a) => a.slug === slug)
        if (!article) throw new Error(`No article "${slug}" in content/`)
        const { text: _text, links: _links, ...rest } = article
        return `export default ${JSON.stringify(rest)}\n`
      }
      return undefined
    },
  }
}

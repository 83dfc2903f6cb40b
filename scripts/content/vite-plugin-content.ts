import path from 'node:path'
import type { Plugin } from 'vite'
import type { ArticleSummary } from '../../src/features/self-help/article-meta.ts'
import { buildSearchIndex } from './build-search-index.ts'
import type { CompiledArticle } from './compile-article.ts'
import { loadArticles } from './load-articles.ts'

const INDEX_ID = 'virtual:harbour-articles'
const ARTICLE_PREFIX = 'virtual:harbour-article/'
const SEARCH_ID = 'virtual:harbour-search-index'

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

  return {
    name: 'harbour-content',
    buildStart() {
      cache = undefined
      articles()
      this.addWatchFile(contentDir)
    },
    watchChange(id) {
      if (id.startsWith(contentDir)) cache = undefined
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
        return `export const articles = ${JSON.stringify(summaries)}\nexport const articleLoaders = {\n${loaders}\n}\n`
      }
      if (name === SEARCH_ID) {
        return `export default ${JSON.stringify(buildSearchIndex(articles()))}\n`
      }
      if (name.startsWith(ARTICLE_PREFIX)) {
        const slug = name.slice(ARTICLE_PREFIX.length)
        const article = articles().find((a) => a.slug === slug)
        if (!article) throw new Error(`No article "${slug}" in content/`)
        const { text: _text, links: _links, ...rest } = article
        return `export default ${JSON.stringify(rest)}\n`
      }
      return undefined
    },
  }
}

import { useLingui } from '@lingui/react'
import { use } from 'react'
import { articleLoaders, translationLoaders } from 'virtual:harbour-articles'
import type { Locale } from '../../i18n/locales.ts'
import type { Article } from './article-meta.ts'

/** An article, and the language it is in: the page's, or English when it has no translation. */
export interface ArticleShown {
  article: Article
  lang: Locale
}

const loading = new Map<string, Promise<ArticleShown | undefined>>()

function loadArticle(slug: string, locale: Locale): Promise<ArticleShown | undefined> {
  const key = `${locale}:${slug}`
  let promise = loading.get(key)
  if (!promise) {
    const translated = translationLoaders[locale]
    const loadTranslation =
      locale !== 'en' && translated && Object.hasOwn(translated, slug)
        ? translated[slug]
        : undefined
    const loadEnglish = Object.hasOwn(articleLoaders, slug) ? articleLoaders[slug] : undefined
    promise = loadTranslation
      ? loadTranslation().then((module) => ({ article: module.default, lang: locale }))
      : loadEnglish
        ? loadEnglish().then((module) => ({ article: module.default, lang: 'en' as const }))
        : Promise.resolve(undefined)
    loading.set(key, promise)
  }
  return promise
}

/**
 * The article's body, from its own chunk, in the page's language when it has been translated and
 * in English otherwise. Suspends while it loads, so a prerendered page keeps its server HTML
 * until the chunk has arrived and then hydrates.
 */
export function useArticle(slug: string): ArticleShown | undefined {
  const { i18n } = useLingui()
  return use(loadArticle(slug, i18n.locale as Locale))
}

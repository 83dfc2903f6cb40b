import { articles, translatedSummaries } from 'virtual:harbour-articles'
import type { DynamicPages } from '../../app/route-table.ts'

/** Every article is prerendered, so a school's link opens it with JavaScript off and offline. */
export const articlePages: DynamicPages = {
  paths: articles.map((article) => `/self-help/${article.slug}`),
  describe(path, i18n) {
    const slug = path.split('/').at(-1)
    const article =
      translatedSummaries[i18n.locale]?.find((a) => a.slug === slug) ??
      articles.find((a) => a.slug === slug)
    return article && { title: article.title, description: article.summary }
  },
}

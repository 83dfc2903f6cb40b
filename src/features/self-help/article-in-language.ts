import { useLingui } from '@lingui/react'
import { translatedSummaries } from 'virtual:harbour-articles'
import type { ArticleSummary } from './article-meta.ts'

export interface SummaryShown {
  title: string
  summary: string
  /** 'en' when the page is in another language and the article is not translated yet. */
  lang: 'en' | undefined
}

/** An article's title and summary in the page's language when it is translated, else English. */
export function useArticleInLanguage(): (article: ArticleSummary) => SummaryShown {
  const locale = useLingui().i18n.locale
  const translated = locale === 'en' ? undefined : translatedSummaries[locale]
  return (article) => {
    const found = translated?.find((each) => each.slug === article.slug)
    if (found) return { title: found.title, summary: found.summary, lang: undefined }
    return {
      title: article.title,
      summary: article.summary,
      lang: locale === 'en' ? undefined : 'en',
    }
  }
}

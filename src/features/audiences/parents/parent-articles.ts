import type { ArticleSummary } from '../../self-help/article-meta.ts'

export interface ParentReading {
  /** Written for parents and carers, in the library's order. */
  forParents: ArticleSummary[]
  /** Young people's articles the parents' ones point to: what their child may be reading. */
  alsoUseful: ArticleSummary[]
}

/** Articles for the parents' door: theirs first, then the young people's ones theirs lead to. */
export function parentReading(articles: readonly ArticleSummary[]): ParentReading {
  const forParents = articles.filter((article) => article.audiences.includes('parents'))
  const pointedTo = new Set(forParents.flatMap((article) => article.related.articles))
  const alsoUseful = articles.filter(
    (article) => !article.audiences.includes('parents') && pointedTo.has(article.slug),
  )
  return { forParents, alsoUseful }
}

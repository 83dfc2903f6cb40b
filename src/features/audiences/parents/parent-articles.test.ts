import { articles } from 'virtual:harbour-articles'
import { describe, expect, it } from 'vitest'
import { GUIDE_ARTICLES, guideArticles } from './guide-links.ts'
import { parentReading } from './parent-articles.ts'

describe('parentReading', () => {
  it('puts every article written for parents first, then the young people’s ones they point to', () => {
    const { forParents, alsoUseful } = parentReading(articles)
    const expected = articles.filter((article) => article.audiences.includes('parents'))
    expect(forParents.map((a) => a.slug)).toEqual(expected.map((a) => a.slug))
    expect(forParents).toHaveLength(10)
    expect(alsoUseful.length).toBeGreaterThan(0)
    const pointedTo = new Set(forParents.flatMap((article) => article.related.articles))
    for (const article of alsoUseful) {
      expect(article.audiences).not.toContain('parents')
      expect(pointedTo.has(article.slug)).toBe(true)
    }
    expect(alsoUseful.map((a) => a.slug)).toContain('counselling-and-camhs')
  })
})

describe('the parents’ guide', () => {
  it('points only to articles that exist', () => {
    for (const slugs of Object.values(GUIDE_ARTICLES)) {
      expect(guideArticles(slugs).map((article) => article.slug)).toEqual(slugs)
    }
  })
})

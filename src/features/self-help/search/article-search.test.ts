import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../../scripts/content/build-search-index.ts'
import { loadArticles } from '../../../../scripts/content/load-articles.ts'
import type { ArticleSearch } from './article-search.ts'
import { createArticleSearch, filterArticles } from './article-search.ts'

let search: ArticleSearch
const articles = loadArticles(path.resolve(import.meta.dirname, '../../../../content'))

beforeAll(() => {
  search = createArticleSearch(buildSearchIndex(articles), articles)
})

const slugs = (query: string, filters = {}) => search.search(query, filters).map((a) => a.slug)

describe('article search over the real library', () => {
  it('finds an article by a word in its title', () => {
    expect(slugs('panic')[0]).toBe('anxiety-and-panic')
  })

  it('tolerates typing mistakes', () => {
    expect(slugs('anxeity')).toContain('anxiety-and-panic')
    expect(slugs('bulying')).toContain('bullying')
    expect(slugs('sleap')).toContain('sleep')
  })

  it('matches other endings of the same word', () => {
    expect(slugs('worrying')).toEqual(expect.arrayContaining(['anxiety-and-panic']))
    expect(slugs('exams')).toContain('exam-stress')
    expect(slugs('grieving')).toContain('grief')
  })

  it('filters by audience and topic', () => {
    const forParents = search.search('anxiety', { audience: 'parents' })
    expect(forParents.length).toBeGreaterThan(0)
    expect(forParents.every((a) => a.audiences.includes('parents'))).toBe(true)
    const onSchool = filterArticles(articles, { topic: 'school' })
    expect(onSchool.every((a) => a.topics.includes('school'))).toBe(true)
  })

  it('falls back to any word when no article has every word', () => {
    expect(slugs('sleep zebra').length).toBeGreaterThan(0)
  })

  it('returns nothing for nonsense rather than everything', () => {
    expect(slugs('qqqxxzz')).toEqual([])
  })
})

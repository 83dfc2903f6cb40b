import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRoutes } from '../../src/app/route-table.ts'
import type { CompiledArticle } from './compile-article.ts'
import { lintArticles } from './lint-articles.ts'
import { loadArticles } from './load-articles.ts'
import { readingEase } from './readability.ts'

const routes = appRoutes.map((route) => route.path)
const library = loadArticles(path.resolve(import.meta.dirname, '../../content'))

describe('the content lint over the real library', () => {
  it('has at least 40 articles for young people, parents and school staff', () => {
    expect(library.length).toBeGreaterThanOrEqual(40)
    for (const audience of ['young-people', 'parents', 'school-staff'] as const) {
      expect(library.some((a) => a.audiences.includes(audience)), audience).toBe(true)
    }
  })

  it('finds no problem in any article', () => {
    expect(lintArticles(library, routes)).toEqual([])
  })
})

const sample = library.find((a) => a.slug === 'sleep')!

function lint(change: Partial<CompiledArticle>) {
  return lintArticles([{ ...sample, ...change }, ...library.filter((a) => a !== sample)], routes)
    .filter((p) => p.file === 'sleep.md')
    .map((p) => p.problem)
}

describe('each content rule', () => {
  it('rules out language that safe-messaging guidance forbids', () => {
    expect(lint({ text: `${sample.text} He committed suicide.` })).toEqual([
      'uses "committed suicide", which safe-messaging guidance rules out',
    ])
    expect(lint({ text: `${sample.text} It was attention seeking.` })).toHaveLength(1)
  })

  it('asks for plain words in young people’s articles', () => {
    const dense =
      'Notwithstanding considerable physiological variability, circadian dysregulation characteristically precipitates multidimensional psychological deterioration.'
    expect(readingEase(dense)).toBeLessThan(30)
    expect(lint({ text: dense })).toEqual([expect.stringMatching(/^reading ease is -?\d+; it should be at least 70$/)])
  })

  it('needs a content note on self-harm and suicide', () => {
    expect(lint({ topics: ['self-harm'], contentNote: 'none' })).toContain(
      'is about self-harm, so it needs contentNote: self-harm',
    )
  })

  it('needs something under "what can help next"', () => {
    expect(lint({ related: { articles: [], tools: [], findSupport: 'sleep' } })).toContain(
      'has nothing under "what can help next": add related articles or tools',
    )
  })

  it('checks that every link leads somewhere', () => {
    const links = [
      '/self-help/no-such-article',
      '/tools/juggling',
      '/find-support?topic=astrology',
      '/nowhere',
      'https://example.org/',
      '/help',
      '/my-space/safety-plan',
      '/find-support?topic=sleep',
    ]
    expect(lint({ links })).toEqual([
      'links to an article that does not exist: /self-help/no-such-article',
      'links to no tool: /tools/juggling',
      'links to Find support with an unknown topic: /find-support?topic=astrology',
      'links to a page that does not exist: /nowhere',
      'links outside Harbour (https://example.org/); use internal links only',
    ])
  })
})

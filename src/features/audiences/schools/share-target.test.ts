import { articles } from 'virtual:harbour-articles'
import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { queryFromParams } from '../../directory/search/query-params.ts'
import { toolBySlug } from '../../self-help/tools/tool-registry.ts'
import { shareMessage, sharePath, shareTitle, shareUrl, type ShareTarget } from './share-target.ts'

const en = i18nFor('en')
const article = articles.find((candidate) => candidate.slug === 'exam-stress')!

/** Every query key a shared link may carry: each one chooses what the page shows. */
const PAGE_KEYS = new Set(['topic', 'how', 'for'])

describe('sharePath', () => {
  it('makes the path of each kind of target', () => {
    expect(sharePath({ kind: 'help' })).toBe('/help')
    expect(sharePath({ kind: 'article', article })).toBe('/self-help/exam-stress')
    expect(sharePath({ kind: 'tool', tool: toolBySlug('grounding') })).toBe('/tools/grounding')
    expect(sharePath({ kind: 'topic', topic: 'sleep' })).toBe('/self-help?topic=sleep')
    expect(sharePath({ kind: 'search' })).toBe('/find-support')
    expect(sharePath({ kind: 'search', topic: 'anxiety' })).toBe('/find-support?topic=anxiety')
    expect(sharePath({ kind: 'search', mode: 'text' })).toBe('/find-support?how=text')
    expect(sharePath({ kind: 'search', topic: 'bullying', mode: 'face-to-face' })).toBe(
      '/find-support?topic=bullying&how=face-to-face',
    )
    expect(sharePath({ kind: 'search', topic: 'neurodiversity', forParents: true })).toBe(
      '/find-support?topic=neurodiversity&for=parents',
    )
  })

  it('makes searches Find support reads back as the same search', () => {
    const path = sharePath({ kind: 'search', topic: 'anxiety', mode: 'phone', forParents: true })
    const params = new URL(path, 'https://example.org').searchParams
    expect(queryFromParams(params)).toEqual({
      topic: 'anxiety',
      modes: ['phone'],
      audience: 'parents',
    })
  })

  it('puts nothing in a link but what chooses the page: no tracking, no school', () => {
    const targets: ShareTarget[] = [
      { kind: 'help' },
      { kind: 'article', article },
      { kind: 'tool', tool: toolBySlug('breathing') },
      { kind: 'topic', topic: 'anxiety' },
      { kind: 'search', topic: 'school', mode: 'online', forParents: true },
    ]
    for (const target of targets) {
      const url = new URL(shareUrl('https://harbour.example', target))
      expect(url.origin).toBe('https://harbour.example')
      expect(url.hash).toBe('')
      for (const key of url.searchParams.keys()) expect(PAGE_KEYS.has(key)).toBe(true)
      expect(url.href).not.toMatch(/utm_|ref=|source=|campaign|school=/i)
    }
  })
})

describe('shareUrl', () => {
  it('is this site’s address and the path, absolute', () => {
    expect(shareUrl('https://harbour.example', { kind: 'topic', topic: 'grief' })).toBe(
      'https://harbour.example/self-help?topic=grief',
    )
  })
})

describe('shareTitle and shareMessage', () => {
  it('name the page and say what it offers', () => {
    expect(shareTitle({ kind: 'article', article }, en)).toBe(article.title)
    expect(shareMessage({ kind: 'article', article }, en)).toBe(article.summary)
    expect(shareTitle({ kind: 'topic', topic: 'sleep' }, en)).toBe('Sleep')
    expect(shareTitle({ kind: 'search', topic: 'anxiety' }, en)).toBe(
      'Find support: Anxiety and worry',
    )
    expect(shareMessage({ kind: 'search', mode: 'text' }, en)).toBe('People who can help, by text.')
    expect(shareMessage({ kind: 'help' }, en)).toMatch(/day and night/)
  })
})

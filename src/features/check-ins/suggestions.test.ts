import { articles } from 'virtual:harbour-articles'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../self-help/article-meta.ts'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { suggestFor, topicsFor } from './suggestions.ts'

const en = i18nFor('en')

function article(
  slug: string,
  topics: ArticleSummary['topics'],
  extra: Partial<ArticleSummary> = {},
) {
  return {
    slug,
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}`,
    audiences: ['young-people'],
    ages: { min: 11, max: 25 },
    topics,
    thrive: 'Getting Advice',
    readingMinutes: 3,
    reviewed: '2026-11-01',
    contentNote: 'none',
    related: { articles: [], tools: [], findSupport: topics[0]! },
    ...extra,
  } satisfies ArticleSummary
}

const catalogue: ArticleSummary[] = [
  article('exam-stress', ['stress', 'school']),
  article('school-worries', ['school', 'anxiety']),
  article('arguments-at-home', ['family', 'anger']),
  article('anger', ['anger']),
  article('low-mood', ['low-mood']),
  article('online-life', ['online', 'wellbeing']),
  article('parents-anxiety', ['parenting', 'anxiety'], { audiences: ['parents'] }),
  article('self-harm', ['self-harm', 'low-mood'], { contentNote: 'self-harm' }),
]

const hrefs = (answers: Parameters<typeof suggestFor>[0]) =>
  suggestFor(answers, en, catalogue).map((suggestion) => suggestion.href)

describe('suggestFor', () => {
  it('matches a worry about school with the school worries article, the worry tree and support', () => {
    expect(hrefs({ mood: 3, feelings: ['worried'], happenings: ['school'] })).toEqual([
      '/self-help/school-worries',
      '/tools/worry-tree',
      '/find-support?topic=anxiety',
    ])
  })

  it('prefers the article mainly about the feeling when two fit as well', () => {
    expect(hrefs({ mood: 3, feelings: ['angry'], happenings: [] })).toEqual([
      '/self-help/anger',
      '/tools/breathing',
      '/find-support?topic=anger',
    ])
  })

  it('puts people first when mood is at its lowest', () => {
    const suggestions = suggestFor({ mood: 1, feelings: ['sad'], happenings: [] }, en, catalogue)
    expect(suggestions.map((s) => s.kind)).toEqual(['support', 'tool', 'article'])
    expect(suggestions[0]).toMatchObject({
      href: '/find-support?topic=low-mood',
      title: 'Find support for low mood',
    })
    expect(suggestions[1]?.href).toBe('/tools/coping-kit')
    expect(suggestions[2]?.href).toBe('/self-help/low-mood')
  })

  it('points to getting help first when someone does not feel safe', () => {
    const suggestions = suggestFor(
      { mood: 3, feelings: ['worried'], happenings: ['school'], unsafe: true },
      en,
      catalogue,
    )
    expect(suggestions[0]?.href).toBe('/find-support?topic=getting-help')
    expect(topicsFor({ mood: 3, feelings: [], happenings: [], unsafe: true })[0]).toEqual([
      'getting-help',
      5,
    ])
  })

  it('never suggests an article with a content note, or one written for parents', () => {
    const suggestions = suggestFor({ mood: 2, feelings: ['numb'], happenings: [] }, en, [
      catalogue[6]!,
      catalogue[7]!,
    ])
    expect(suggestions.map((s) => s.kind)).not.toContain('article')
    expect(suggestions.length).toBeGreaterThanOrEqual(2)
  })

  it('offers something kind on a good day, with no support search for nothing', () => {
    expect(hrefs({ mood: 5, feelings: ['happy', 'proud'], happenings: [] })).toEqual([
      '/self-help/online-life',
      '/tools/coping-kit',
    ])
  })

  it('always gives two or three, whatever is chosen', () => {
    const feelingIds = ['happy', 'tired', 'worried', 'lonely', 'confused', 'overwhelmed']
    const happeningIds = [
      'school',
      'friends',
      'family',
      'sleep',
      'health',
      'online',
      'money',
      'other',
    ]
    for (const mood of [1, 2, 3, 4, 5] as const) {
      for (const feeling of feelingIds) {
        for (const happening of happeningIds) {
          const answers = { mood, feelings: [feeling], happenings: [happening] }
          for (const list of [catalogue, articles, []]) {
            const count = suggestFor(answers, en, list).length
            expect(count, JSON.stringify(answers)).toBeGreaterThanOrEqual(2)
            expect(count).toBeLessThanOrEqual(3)
          }
        }
      }
    }
  })

  it('links only to real articles and topics in the built library', () => {
    const suggestions = suggestFor({ mood: 2, feelings: ['lonely'], happenings: ['friends'] }, en)
    const articleLink = suggestions.find((s) => s.kind === 'article')
    expect(articles.some((a) => `/self-help/${a.slug}` === articleLink?.href)).toBe(true)
    expect(articleLink?.title).toBe('Feeling lonely')
  })
})

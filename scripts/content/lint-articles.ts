import { matchPath } from 'react-router'
import { isTopic } from '../../src/lib/topics.ts'
import { toolSlugs } from '../../src/features/self-help/tools/tool-slugs.ts'
import type { CompiledArticle } from './compile-article.ts'
import { readingEase } from './readability.ts'

/** About reading age 11 for young people's articles; plain English for adults. */
export const MIN_READING_EASE = { youngPeople: 70, adults: 60 }

/**
 * Safe-messaging rules (Samaritans' guidance): language that stigmatises, sensationalises or
 * describes means. Checked as whole words, case-insensitively.
 */
export const BANNED_PHRASES = [
  'committed suicide',
  'commit suicide',
  'commits suicide',
  'successful attempt',
  'successful suicide',
  'failed attempt',
  'unsuccessful attempt',
  'suicide epidemic',
  'cry for help',
  'attention seeking', // and attention-seeking: a hyphen matches a space
  'selfish',
  'overdose',
  'noose',
  'ligature',
  'hanging',
  'razor',
  'blade',
  'slit',
  'wrists',
  'paracetamol',
  'pills',
  'tablets',
  'poison',
  'bleach',
  'jump off',
  'jumped off',
]

export interface ContentProblem {
  file: string
  problem: string
}

const contentNoteFor = { 'self-harm': 'self-harm', 'suicidal-thoughts': 'suicide' } as const

function linkProblem(href: string, slugs: Set<string>, routePatterns: readonly string[]) {
  if (!href.startsWith('/')) return `links outside Harbour (${href}); use internal links only`
  const url = new URL(href, 'https://harbour.invalid')
  const article = /^\/self-help\/([^/]+)$/.exec(url.pathname)?.[1]
  if (article && !slugs.has(article)) return `links to an article that does not exist: ${href}`
  const tool = /^\/tools\/([^/]+)$/.exec(url.pathname)?.[1]
  if (tool && !(toolSlugs as readonly string[]).includes(tool)) return `links to no tool: ${href}`
  const topic = url.searchParams.get('topic')
  if (url.pathname === '/find-support' && topic !== null && !isTopic(topic)) {
    return `links to Find support with an unknown topic: ${href}`
  }
  if (!routePatterns.some((pattern) => matchPath(pattern, url.pathname))) {
    return `links to a page that does not exist: ${href}`
  }
  return undefined
}

/** Every rule the library's articles must meet; an empty list means all is well. */
export function lintArticles(
  articles: readonly CompiledArticle[],
  routePatterns: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const slugs = new Set(articles.map((a) => a.slug))
  for (const article of articles) {
    const report = (problem: string) => problems.push({ file: `${article.slug}.md`, problem })
    const text = `${article.title}. ${article.summary}. ${article.text}`.toLowerCase()

    for (const phrase of BANNED_PHRASES) {
      if (new RegExp(`\\b${phrase.replace(/[-\s]/g, '[-\\s]')}\\b`).test(text)) {
        report(`uses "${phrase}", which safe-messaging guidance rules out`)
      }
    }

    const forYoungPeople = article.audiences.includes('young-people')
    const minimum = forYoungPeople ? MIN_READING_EASE.youngPeople : MIN_READING_EASE.adults
    const ease = readingEase(article.text)
    if (ease < minimum) {
      report(`reading ease is ${ease.toFixed(0)}; it should be at least ${minimum}`)
    }

    for (const [topic, note] of Object.entries(contentNoteFor)) {
      if (article.topics.includes(topic as keyof typeof contentNoteFor) && article.contentNote !== note) {
        report(`is about ${topic}, so it needs contentNote: ${note}`)
      }
    }

    if (article.related.articles.length + article.related.tools.length === 0) {
      report('has nothing under "what can help next": add related articles or tools')
    }
    for (const slug of article.related.articles) {
      if (slug === article.slug) report('lists itself as a related article')
      else if (!slugs.has(slug)) report(`lists a related article that does not exist: ${slug}`)
    }
    for (const href of article.links) {
      const problem = linkProblem(href, slugs, routePatterns)
      if (problem) report(problem)
    }
  }
  return problems
}

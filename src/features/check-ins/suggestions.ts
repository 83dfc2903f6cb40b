import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { articles as allArticles } from 'virtual:harbour-articles'
import type { Mood } from '../../db/rows.ts'
import { topicNameInSentence } from '../../lib/topic-names.ts'
import type { Topic } from '../../lib/topics.ts'
import type { ArticleSummary } from '../self-help/article-meta.ts'
import { tools, type ToolSlug } from '../self-help/tools/tool-registry.ts'

/** What a check-in said, as far as choosing what might help goes. */
export interface CheckInAnswers {
  mood: Mood
  feelings: readonly string[]
  happenings: readonly string[]
  unsafe?: boolean
}

export interface Suggestion {
  kind: 'article' | 'tool' | 'support'
  href: string
  title: string
  summary: string
}

// Hard feelings point to topics; good ones point nowhere, since nothing needs fixing.
const feelingTopics: Readonly<Record<string, readonly Topic[]>> = {
  worried: ['anxiety'],
  scared: ['anxiety'],
  overwhelmed: ['stress', 'anxiety'],
  stressed: ['stress'],
  sad: ['low-mood'],
  numb: ['low-mood'],
  lonely: ['loneliness'],
  angry: ['anger'],
  tired: ['sleep'],
}

const happeningTopics: Readonly<Record<string, readonly Topic[]>> = {
  school: ['school'],
  friends: ['friendships'],
  family: ['family'],
  sleep: ['sleep'],
  health: ['wellbeing'],
  online: ['online'],
  money: ['money'],
}

// How well each tool fits a topic: a rough guide to which tool to offer first.
const toolFit: Readonly<Record<ToolSlug, Partial<Record<Topic, number>>>> = {
  breathing: { anger: 3, stress: 2, sleep: 2, anxiety: 1 },
  grounding: { anxiety: 3, stress: 1, 'getting-help': 1 },
  'worry-tree': { school: 2, money: 2, anxiety: 2, stress: 1 },
  'thought-record': { 'low-mood': 2, friendships: 1, family: 1, anxiety: 1, online: 1 },
  'coping-kit': { 'low-mood': 3, loneliness: 3, 'getting-help': 2, wellbeing: 1 },
}

/** How much each topic matters to what was said, highest first, in the order it came up. */
export function topicsFor(answers: CheckInAnswers): [Topic, number][] {
  const weights = new Map<Topic, number>()
  const add = (topic: Topic, weight: number) =>
    weights.set(topic, (weights.get(topic) ?? 0) + weight)
  if (answers.unsafe) add('getting-help', 5)
  for (const feeling of answers.feelings) {
    for (const topic of feelingTopics[feeling] ?? []) add(topic, 2)
  }
  for (const happening of answers.happenings) {
    for (const topic of happeningTopics[happening] ?? []) add(topic, 2)
  }
  if (answers.mood <= 2) add('low-mood', 3 - answers.mood)
  if (weights.size === 0) add('wellbeing', 1)
  // Array.prototype.sort is stable, so equal weights keep the order they came up in.
  return [...weights].sort((a, b) => b[1] - a[1])
}

function pickArticle(
  weights: ReadonlyMap<Topic, number>,
  catalogue: readonly ArticleSummary[],
): ArticleSummary | undefined {
  let best: { article: ArticleSummary; score: number; primary: number } | undefined
  for (const article of catalogue) {
    // Young people's own articles, and never a hard topic they did not bring up themselves.
    if (!article.audiences.includes('young-people') || article.contentNote !== 'none') continue
    const score = article.topics.reduce((sum, topic) => sum + (weights.get(topic) ?? 0), 0)
    const primary = weights.get(article.topics[0]!) ?? 0
    if (score === 0) continue
    if (!best || score > best.score || (score === best.score && primary > best.primary)) {
      best = { article, score, primary }
    }
  }
  return best?.article
}

function pickTool(weights: ReadonlyMap<Topic, number>) {
  let best: { slug: ToolSlug; score: number } | undefined
  for (const tool of tools) {
    const fit = toolFit[tool.slug]
    const score = [...weights].reduce((sum, [topic, weight]) => sum + (fit[topic] ?? 0) * weight, 0)
    if (score > 0 && (!best || score > best.score)) best = { slug: tool.slug, score }
  }
  // The coping kit suits any day, so there is always a tool to offer.
  return tools.find((tool) => tool.slug === (best?.slug ?? 'coping-kit'))
}

/**
 * Two or three things that fit what someone said in a check-in: something to read, a tool to
 * try, and where to find people who can help. When things are hard, people come first.
 */
export function suggestFor(
  answers: CheckInAnswers,
  i18n: I18n,
  catalogue: readonly ArticleSummary[] = allArticles,
): Suggestion[] {
  const ranked = topicsFor(answers)
  const weights = new Map(ranked)
  const found: Partial<Record<Suggestion['kind'], Suggestion>> = {}

  const article = pickArticle(weights, catalogue)
  if (article) {
    found.article = {
      kind: 'article',
      href: `/self-help/${article.slug}`,
      title: article.title,
      summary: article.summary,
    }
  }
  const tool = pickTool(weights)
  if (tool) {
    found.tool = {
      kind: 'tool',
      href: `/tools/${tool.slug}`,
      title: i18n._(tool.title),
      summary: i18n._(tool.summary),
    }
  }
  // Someone can always be pointed to people, even when nothing else fits.
  const supportTopic =
    ranked.find(([topic]) => topic !== 'wellbeing')?.[0] ??
    (article && tool ? undefined : 'getting-help')
  if (supportTopic) {
    const topic = topicNameInSentence(supportTopic, i18n)
    found.support = {
      kind: 'support',
      href: `/find-support?topic=${supportTopic}`,
      title: i18n._(msg`Find support for ${topic}`),
      summary: i18n._(msg`People near you and online who can help, in the way that suits you.`),
    }
  }

  const hard = answers.unsafe === true || answers.mood <= 2
  const order: Suggestion['kind'][] = hard
    ? ['support', 'tool', 'article']
    : ['article', 'tool', 'support']
  return order.flatMap((kind) => found[kind] ?? [])
}

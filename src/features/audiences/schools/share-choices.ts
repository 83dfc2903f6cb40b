import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { articles } from 'virtual:harbour-articles'
import precachedBundle from 'virtual:harbour-directory'
import { TOPIC_IDS, type Topic } from '../../../lib/topics.ts'
import { MODE_FILTERS } from '../../directory/search/query-params.ts'
import type { ModeFilter } from '../../directory/search/search-model.ts'
import { AUDIENCE_IDS, type Audience, type ArticleSummary } from '../../self-help/article-meta.ts'
import { tools, type ToolSlug } from '../../self-help/tools/tool-registry.ts'
import type { ShareKind, ShareTarget } from './share-target.ts'

/** What the form holds; each kind keeps its own pick, so switching back and forth loses none. */
export interface ShareChoice {
  kind: ShareKind
  article: string
  tool: ToolSlug
  topic: Topic
  searchTopic: Topic | ''
  searchMode: ModeFilter | ''
  searchForParents: boolean
}

export const KIND_OPTIONS: readonly { value: ShareKind; label: MessageDescriptor }[] = [
  { value: 'help', label: msg`Get help now: who pupils can call or text, day and night` },
  { value: 'article', label: msg`An article` },
  { value: 'tool', label: msg`A tool, like breathing or grounding` },
  { value: 'topic', label: msg`Everything on one topic` },
  { value: 'search', label: msg`A search for services, by topic or way of getting help` },
]

/** The heading of each group of articles in the article list. */
export const ARTICLE_GROUP_LABELS: Record<Audience, MessageDescriptor> = {
  'young-people': msg`For young people`,
  parents: msg`For parents and carers`,
  'school-staff': msg`For school staff`,
}

/** Articles in groups by who they are written for, each group in title order. */
export function articleGroups(
  all: readonly ArticleSummary[] = articles,
): { audience: Audience; articles: ArticleSummary[] }[] {
  return AUDIENCE_IDS.map((audience) => ({
    audience,
    articles: all
      .filter((article) => article.audiences[0] === audience)
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
  })).filter((group) => group.articles.length > 0)
}

/** Topics with at least one article, so a topic link never opens an empty page. */
export const articleTopics: readonly Topic[] = TOPIC_IDS.filter((topic) =>
  articles.some((article) => article.topics.includes(topic)),
)

/** Topics with at least one service in the area's directory. */
export const serviceTopics: readonly Topic[] = TOPIC_IDS.filter((topic) =>
  precachedBundle.services.some((service) => service.topics.includes(topic)),
)

export const modeOptions: readonly ModeFilter[] = MODE_FILTERS

export const initialChoice: ShareChoice = {
  kind: 'help',
  article: articleGroups()[0]?.articles[0]?.slug ?? '',
  tool: tools[0]?.slug ?? 'breathing',
  topic: articleTopics[0] ?? 'wellbeing',
  searchTopic: '',
  searchMode: '',
  searchForParents: false,
}

/** The target the form describes; an article that has gone falls back to help now. */
export function targetOf(
  choice: ShareChoice,
  all: readonly ArticleSummary[] = articles,
): ShareTarget {
  switch (choice.kind) {
    case 'help':
      return { kind: 'help' }
    case 'article': {
      const article = all.find((candidate) => candidate.slug === choice.article)
      return article ? { kind: 'article', article } : { kind: 'help' }
    }
    case 'tool': {
      const tool = tools.find((candidate) => candidate.slug === choice.tool)
      return tool ? { kind: 'tool', tool } : { kind: 'help' }
    }
    case 'topic':
      return { kind: 'topic', topic: choice.topic }
    case 'search':
      return {
        kind: 'search',
        ...(choice.searchTopic ? { topic: choice.searchTopic } : {}),
        ...(choice.searchMode ? { mode: choice.searchMode } : {}),
        ...(choice.searchForParents ? { forParents: true } : {}),
      }
  }
}

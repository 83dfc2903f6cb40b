import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { topicName } from '../../../lib/topic-names.ts'
import type { Topic } from '../../../lib/topics.ts'
import { paramsFromQuery } from '../../directory/search/query-params.ts'
import type { ModeFilter } from '../../directory/search/search-model.ts'
import type { ArticleSummary } from '../../self-help/article-meta.ts'
import type { ToolSummary } from '../../self-help/tools/tool-registry.ts'

/** A part of Harbour a member of staff can share with pupils. */
export type ShareTarget =
  | { kind: 'help' }
  | { kind: 'article'; article: ArticleSummary }
  | { kind: 'tool'; tool: ToolSummary }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'search'; topic?: Topic; mode?: ModeFilter; forParents?: boolean }

export type ShareKind = ShareTarget['kind']

/**
 * The path on this site a target opens. Only what picks the page: no tracking, no campaign tags,
 * nothing that says which school, class or member of staff shared it.
 */
export function sharePath(target: ShareTarget): string {
  switch (target.kind) {
    case 'help':
      return '/help'
    case 'article':
      return `/self-help/${target.article.slug}`
    case 'tool':
      return `/tools/${target.tool.slug}`
    case 'topic':
      return `/self-help?${new URLSearchParams({ topic: target.topic }).toString()}`
    case 'search': {
      const params = paramsFromQuery({
        topic: target.topic,
        modes: target.mode ? [target.mode] : undefined,
        audience: target.forParents ? 'parents' : undefined,
      }).toString()
      return params ? `/find-support?${params}` : '/find-support'
    }
  }
}

/** The full link: this site's address and the target's path, nothing more. */
export function shareUrl(origin: string, target: ShareTarget): string {
  return new URL(sharePath(target), origin).href
}

/** What the shared page is, as a poster's title or a newsletter's words name it. */
export function shareTitle(target: ShareTarget, i18n: I18n): string {
  switch (target.kind) {
    case 'help':
      return i18n._(msg`Get help now`)
    case 'article':
      return target.article.title
    case 'tool':
      return i18n._(target.tool.title)
    case 'topic':
      return topicName(target.topic, i18n)
    case 'search': {
      if (!target.topic) {
        return target.forParents
          ? i18n._(msg`Support for parents and carers`)
          : i18n._(msg`Find support`)
      }
      const topic = topicName(target.topic, i18n)
      return target.forParents
        ? i18n._(msg`Support for parents and carers: ${topic}`)
        : i18n._(msg`Find support: ${topic}`)
    }
  }
}

/** One line under the poster's title saying what the page offers. */
export function shareMessage(target: ShareTarget, i18n: I18n): string {
  switch (target.kind) {
    case 'help':
      return i18n._(msg`Need to talk to someone? Free, confidential help, day and night.`)
    case 'article':
      return target.article.summary
    case 'tool':
      return i18n._(target.tool.summary)
    case 'topic':
      return i18n._(msg`Short reads and calming tools to try, free and private.`)
    case 'search': {
      const way = target.mode && i18n._(MODE_WORDS[target.mode])
      if (target.forParents) {
        return way
          ? i18n._(msg`Services for parents and carers worried about a child, ${way}.`)
          : i18n._(msg`Services for parents and carers worried about a child.`)
      }
      return way
        ? i18n._(msg`People who can help, ${way}.`)
        : i18n._(msg`People who can help: online, by phone or face to face.`)
    }
  }
}

/** How a service helps, as words that end a sentence: "People who can help, by text." */
const MODE_WORDS: Record<ModeFilter, MessageDescriptor> = {
  online: msg`online`,
  phone: msg`by phone`,
  text: msg`by text`,
  'face-to-face': msg`face to face`,
  group: msg`in a group`,
  'drop-in': msg`at a drop-in`,
}

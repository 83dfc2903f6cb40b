import { TOPICS, type Topic } from '../../../lib/topics.ts'
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
export function shareTitle(target: ShareTarget): string {
  switch (target.kind) {
    case 'help':
      return 'Get help now'
    case 'article':
      return target.article.title
    case 'tool':
      return target.tool.title
    case 'topic':
      return TOPICS[target.topic]
    case 'search': {
      const about = target.topic ? `: ${TOPICS[target.topic]}` : ''
      return target.forParents ? `Support for parents and carers${about}` : `Find support${about}`
    }
  }
}

/** One line under the poster's title saying what the page offers. */
export function shareMessage(target: ShareTarget): string {
  switch (target.kind) {
    case 'help':
      return 'Need to talk to someone? Free, confidential help, day and night.'
    case 'article':
      return target.article.summary
    case 'tool':
      return target.tool.summary
    case 'topic':
      return 'Short reads and calming tools to try, free and private.'
    case 'search': {
      const way = target.mode && modeWords(target.mode)
      if (target.forParents) {
        return `Services for parents and carers worried about a child${way ? `, ${way}` : ''}.`
      }
      return way
        ? `People who can help, ${way}.`
        : 'People who can help: online, by phone or face to face.'
    }
  }
}

function modeWords(mode: ModeFilter): string {
  switch (mode) {
    case 'online':
      return 'online'
    case 'phone':
      return 'by phone'
    case 'text':
      return 'by text'
    case 'face-to-face':
      return 'face to face'
    case 'group':
      return 'in a group'
    case 'drop-in':
      return 'at a drop-in'
  }
}

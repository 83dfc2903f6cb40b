import { articles } from 'virtual:harbour-articles'
import type { ArticleSummary } from '../../self-help/article-meta.ts'
import { toolBySlug, type ToolSlug } from '../../self-help/tools/tool-registry.ts'

/**
 * The articles and tools each part of the parents' page points to. Kept in one place so a test
 * can check that every one of them exists.
 */
export const GUIDE_ARTICLES = {
  happening: [
    'parents-signs-to-look-out-for',
    'parents-anxiety',
    'parents-low-mood',
    'parents-self-harm',
    'parents-school-attendance',
    'parents-under-fives',
  ],
  talking: ['parents-talking-with-your-child'],
  waiting: ['parents-waiting-lists-and-camhs'],
  assessment: ['parents-neurodevelopmental-assessment'],
  forYou: ['parents-looking-after-yourself'],
} as const satisfies Record<string, readonly string[]>

export const TOOLS_TO_TRY_TOGETHER: readonly ToolSlug[] = [
  'breathing',
  'grounding',
  'worry-tree',
  'coping-kit',
]

/** The named articles that exist, in the order named. */
export function guideArticles(slugs: readonly string[]): ArticleSummary[] {
  return slugs.flatMap((slug) => articles.find((article) => article.slug === slug) ?? [])
}

export function toolsToTryTogether() {
  return TOOLS_TO_TRY_TOGETHER.map(toolBySlug)
}

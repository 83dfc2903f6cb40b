import type { TOOL_SLUGS } from './article-meta.ts'

const titles: Record<(typeof TOOL_SLUGS)[number], string> = {
  breathing: 'Breathing to feel calmer',
  grounding: '5-4-3-2-1 grounding',
  'worry-tree': 'The worry tree',
  'thought-record': 'Thought record',
  'coping-kit': 'My coping kit',
}

export function toolTitle(slug: (typeof TOOL_SLUGS)[number]): string {
  return titles[slug]
}

/**
 * The self-help tools' slugs on their own, with no interface text: the content build checks
 * articles' links against them outside the app, where Lingui's macros are not compiled.
 */
export const toolSlugs = [
  'breathing',
  'grounding',
  'worry-tree',
  'thought-record',
  'coping-kit',
] as const

export type ToolSlug = (typeof toolSlugs)[number]

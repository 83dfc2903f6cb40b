/** The self-help tools. Articles and the library link to `/tools/<slug>` using these slugs. */
export interface ToolSummary {
  slug: ToolSlug
  title: string
  summary: string
  /** Roughly how long it takes, so a person can pick one that fits the moment. */
  minutes: number
}

export const toolSlugs = [
  'breathing',
  'grounding',
  'worry-tree',
  'thought-record',
  'coping-kit',
] as const

export type ToolSlug = (typeof toolSlugs)[number]

export const tools: readonly ToolSummary[] = [
  {
    slug: 'breathing',
    title: 'Breathing to feel calmer',
    summary: 'Breathe along with a shape that grows and shrinks. It can help your body calm down.',
    minutes: 2,
  },
  {
    slug: 'grounding',
    title: '5, 4, 3, 2, 1 grounding',
    summary: 'Use your senses to bring your mind back to here and now when things feel too much.',
    minutes: 5,
  },
  {
    slug: 'worry-tree',
    title: 'The worry tree',
    summary: 'Work out if you can do something about a worry, then make a plan or let it go.',
    minutes: 5,
  },
  {
    slug: 'thought-record',
    title: 'Thought record',
    summary: 'Look at a hard thought step by step, and find a kinder way to see things.',
    minutes: 10,
  },
  {
    slug: 'coping-kit',
    title: 'My coping kit',
    summary: 'Make your own list of things that help you feel better, ready for hard moments.',
    minutes: 5,
  },
]

export function findTool(slug: string | undefined): ToolSummary | undefined {
  return tools.find((tool) => tool.slug === slug)
}

/** A known tool's summary; the slug's type guarantees it exists. */
export function toolBySlug(slug: ToolSlug): ToolSummary {
  const tool = findTool(slug)
  if (!tool) throw new Error(`Tool missing from the registry: ${slug}`)
  return tool
}

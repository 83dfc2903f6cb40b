import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { toolSlugs, type ToolSlug } from './tool-slugs.ts'

export { toolSlugs, type ToolSlug }

/** The self-help tools. Articles and the library link to `/tools/<slug>` using these slugs. */
export interface ToolSummary {
  slug: ToolSlug
  /** In the interface language through `i18n._(…)`. */
  title: MessageDescriptor
  summary: MessageDescriptor
  /** Roughly how long it takes, so a person can pick one that fits the moment. */
  minutes: number
}

export const tools: readonly ToolSummary[] = [
  {
    slug: 'breathing',
    title: msg`Breathing to feel calmer`,
    summary: msg`Breathe along with a shape that grows and shrinks. It can help your body calm down.`,
    minutes: 2,
  },
  {
    slug: 'grounding',
    title: msg`5, 4, 3, 2, 1 grounding`,
    summary: msg`Use your senses to bring your mind back to here and now when things feel too much.`,
    minutes: 5,
  },
  {
    slug: 'worry-tree',
    title: msg`The worry tree`,
    summary: msg`Work out if you can do something about a worry, then make a plan or let it go.`,
    minutes: 5,
  },
  {
    slug: 'thought-record',
    title: msg`Thought record`,
    summary: msg`Look at a hard thought step by step, and find a kinder way to see things.`,
    minutes: 10,
  },
  {
    slug: 'coping-kit',
    title: msg`My coping kit`,
    summary: msg`Make your own list of things that help you feel better, ready for hard moments.`,
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

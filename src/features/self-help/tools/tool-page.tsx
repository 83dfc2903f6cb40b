import { useLingui } from '@lingui/react/macro'
import type { ComponentType } from 'react'
import { useParams } from 'react-router'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { BreathingTool } from './breathing/breathing-tool.tsx'
import { CopingKitTool } from './coping-kit/coping-kit-tool.tsx'
import { GroundingTool } from './grounding/grounding-tool.tsx'
import { ThoughtRecordTool } from './thought-record/thought-record-tool.tsx'
import { ToolNotFound } from './tool-not-found.tsx'
import { findTool, type ToolSlug } from './tool-registry.ts'
import { WorryTreeTool } from './worry-tree/worry-tree-tool.tsx'
import './tools.css'

const toolComponents: Record<ToolSlug, ComponentType> = {
  breathing: BreathingTool,
  grounding: GroundingTool,
  'worry-tree': WorryTreeTool,
  'thought-record': ThoughtRecordTool,
  'coping-kit': CopingKitTool,
}

/** The route /tools/:slug: one tool, or a kind way on when the link is wrong. */
export function ToolPage() {
  const { slug } = useParams()
  const { i18n, t } = useLingui()
  const tool = findTool(slug)
  usePageTitle(tool ? i18n._(tool.title) : t`Tool not found`)
  if (!tool) return <ToolNotFound />
  const Tool = toolComponents[tool.slug]
  // Keyed by slug so moving from one tool to another starts the new one fresh.
  return <Tool key={tool.slug} />
}

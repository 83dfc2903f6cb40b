import { Trans, useLingui } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { toolBySlug, type ToolSlug } from './tool-registry.ts'

interface Props {
  /** The heading comes from the registry, so it always matches the links to this tool. */
  slug: ToolSlug
  /** A short, warm introduction: what the tool is and how it can help. */
  intro: ReactNode
  /** What is kept and where, said plainly before the person writes anything. */
  kept: string
  children: ReactNode
}

/** The frame every tool shares, so each starts the same way and always points to help. */
export function ToolLayout({ slug, intro, kept, children }: Props) {
  const { i18n } = useLingui()
  return (
    <div className="tool">
      <PageHeading>{i18n._(toolBySlug(slug).title)}</PageHeading>
      <div className="tool__intro lead">{intro}</div>
      <p className="tool__kept">{kept}</p>
      {children}
      <ToolHelp />
    </div>
  )
}

/** Help is one tap away from every tool, and from the page for a tool that is not there. */
export function ToolHelp() {
  return (
    <p className="tool__help">
      <Trans>
        If things feel too much, <Link to="/help">get help now</Link>. You can talk to someone any
        time, day or night.
      </Trans>
    </p>
  )
}

import { useLingui } from '@lingui/react/macro'
import { refocusLabel, type WorryTree } from './worry-tree-data.ts'

/** A finished worry tree, read back in the order it was filled in. */
export function WorryTreeSummary({ tree }: { tree: WorryTree }) {
  const { i18n, t } = useLingui()
  const notWritten = t`Not written down`
  const parts: [string, string][] = [
    [t`The worry`, tree.worry || notWritten],
    [t`Can I do something about it?`, tree.canAct ? t`Yes` : t`No`],
  ]
  if (tree.canAct) {
    parts.push([t`What I can do`, tree.action || notWritten])
    if (tree.when === 'now') parts.push([t`When`, t`Now`])
    if (tree.when === 'later') {
      const planTime = tree.planTime || notWritten
      parts.push([t`When`, t`Later: ${planTime}`])
    }
  }
  parts.push([
    t`What I turned to instead`,
    tree.refocus ? refocusLabel(tree.refocus, i18n) : t`Not chosen`,
  ])
  return (
    <dl className="tool-summary">
      {parts.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  )
}

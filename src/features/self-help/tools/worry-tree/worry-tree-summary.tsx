import type { WorryTree } from './worry-tree-data.ts'

const NOT_WRITTEN = 'Not written down'

/** A finished worry tree, read back in the order it was filled in. */
export function WorryTreeSummary({ tree }: { tree: WorryTree }) {
  const parts: [string, string][] = [
    ['The worry', tree.worry || NOT_WRITTEN],
    ['Can I do something about it?', tree.canAct ? 'Yes' : 'No'],
  ]
  if (tree.canAct) {
    parts.push(['What I can do', tree.action || NOT_WRITTEN])
    if (tree.when === 'now') parts.push(['When', 'Now'])
    if (tree.when === 'later') parts.push(['When', `Later: ${tree.planTime || NOT_WRITTEN}`])
  }
  parts.push(['What I turned to instead', tree.refocus || 'Not chosen'])
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

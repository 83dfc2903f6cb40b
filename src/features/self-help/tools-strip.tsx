import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { tools } from './tools/tool-registry.ts'

export function ToolsStrip() {
  const { i18n } = useLingui()
  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">
        <Trans>Tools for right now</Trans>
      </h2>
      <ul className="tools-strip">
        {tools.map((tool) => (
          <li key={tool.slug}>
            <Link to={`/tools/${tool.slug}`} className="tools-strip__link">
              {i18n._(tool.title)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

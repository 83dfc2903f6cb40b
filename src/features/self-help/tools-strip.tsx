import { Link } from 'react-router'
import { TOOL_SLUGS } from './article-meta.ts'
import { toolTitle } from './tool-titles.ts'

export function ToolsStrip() {
  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">Tools for right now</h2>
      <ul className="tools-strip">
        {TOOL_SLUGS.map((slug) => (
          <li key={slug}>
            <Link to={`/tools/${slug}`} className="tools-strip__link">
              {toolTitle(slug)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

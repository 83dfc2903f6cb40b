import { Link } from 'react-router'
import { tools } from './tools/tool-registry.ts'

export function ToolsStrip() {
  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">Tools for right now</h2>
      <ul className="tools-strip">
        {tools.map((tool) => (
          <li key={tool.slug}>
            <Link to={`/tools/${tool.slug}`} className="tools-strip__link">
              {tool.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

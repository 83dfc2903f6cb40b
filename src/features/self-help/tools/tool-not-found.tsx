import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { tools } from './tool-registry.ts'

/** For an old or mistyped tool link: never a dead end, always the other tools and help. */
export function ToolNotFound() {
  return (
    <div className="tool">
      <PageHeading>We can&rsquo;t find that tool</PageHeading>
      <p className="lead">
        The link may be old, or there may be a typing mistake in it. These are the tools we have.
      </p>
      <ul className="card-grid">
        {tools.map((tool) => (
          <li key={tool.slug} className="card">
            <h2 className="card__title">
              <Link to={`/tools/${tool.slug}`} className="card__link">
                {tool.title}
              </Link>
            </h2>
            <p>
              {tool.summary} About {tool.minutes} minutes.
            </p>
          </li>
        ))}
      </ul>
      <p className="tool__help">
        If things feel too much, <Link to="/help">get help now</Link>. You can talk to someone any
        time, day or night.
      </p>
    </div>
  )
}

import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { ToolHelp } from './tool-layout.tsx'
import { tools } from './tool-registry.ts'

/** For an old or mistyped tool link: never a dead end, always the other tools and help. */
export function ToolNotFound() {
  const { i18n } = useLingui()
  return (
    <div className="tool">
      <PageHeading>
        <Trans>We can’t find that tool</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          The link may be old, or there may be a typing mistake in it. These are the tools we have.
        </Trans>
      </p>
      <ul className="card-grid">
        {tools.map((tool) => {
          const minutes = tool.minutes
          return (
            <li key={tool.slug} className="card">
              <h2 className="card__title">
                <Link to={`/tools/${tool.slug}`} className="card__link">
                  {i18n._(tool.title)}
                </Link>
              </h2>
              <p>
                {i18n._(tool.summary)}{' '}
                <Plural value={minutes} one="About # minute." other="About # minutes." />
              </p>
            </li>
          )
        })}
      </ul>
      <ToolHelp />
    </div>
  )
}

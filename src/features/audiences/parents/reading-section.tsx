import { Trans } from '@lingui/react/macro'
import { articles } from 'virtual:harbour-articles'
import { ArticleLinks } from '../article-links.tsx'
import { parentReading } from './parent-articles.ts'

/** Everything written for parents and carers, then what their child may be reading. */
export function ReadingSection() {
  const { forParents, alsoUseful } = parentReading(articles)
  return (
    <section aria-labelledby="parents-reading">
      <h2 id="parents-reading">
        <Trans>Articles for parents and carers</Trans>
      </h2>
      <ArticleLinks articles={forParents} />
      {alsoUseful.length > 0 && (
        <>
          <h3>
            <Trans>What your child might be reading</Trans>
          </h3>
          <p className="prose">
            <Trans>
              Written for young people. Reading them can help you understand what your child is
              going through, and find words to use together.
            </Trans>
          </p>
          <ArticleLinks articles={alsoUseful} />
        </>
      )}
    </section>
  )
}

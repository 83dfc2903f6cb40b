import { articles } from 'virtual:harbour-articles'
import { ArticleLinks } from '../article-links.tsx'
import { parentReading } from './parent-articles.ts'

/** Everything written for parents and carers, then what their child may be reading. */
export function ReadingSection() {
  const { forParents, alsoUseful } = parentReading(articles)
  return (
    <section aria-labelledby="parents-reading">
      <h2 id="parents-reading">Articles for parents and carers</h2>
      <ArticleLinks articles={forParents} />
      {alsoUseful.length > 0 && (
        <>
          <h3>What your child might be reading</h3>
          <p className="prose">
            Written for young people. Reading them can help you understand what your child is going
            through, and find words to use together.
          </p>
          <ArticleLinks articles={alsoUseful} />
        </>
      )}
    </section>
  )
}

import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import { articles } from 'virtual:harbour-articles'
import { ArticleLinks } from '../article-links.tsx'
import { AreaConcernContact } from './area-concern-contact.tsx'

export const DISCLOSURE_ARTICLE = 'staff-responding-to-disclosure'

/** What to do when a pupil tells you something worrying, then everything written for staff. */
export function DisclosureSection() {
  const guide = articles.find((article) => article.slug === DISCLOSURE_ARTICLE)
  const forStaff = articles.filter(
    (article) => article.audiences.includes('school-staff') && article.slug !== DISCLOSURE_ARTICLE,
  )
  const guideTitle = guide?.title
  return (
    <section aria-labelledby="schools-disclosure">
      <h2 id="schools-disclosure">
        <Trans>When a pupil tells you something</Trans>
      </h2>
      <div className="prose">
        <p>
          <Trans>
            If a pupil is in danger right now, call 999, stay with them and tell your designated
            safeguarding lead (DSL) straight away. Otherwise, when a pupil tells you something
            worrying:
          </Trans>
        </p>
        <ol>
          <li>
            <Trans>Stay calm, listen and let them talk. Thank them for telling you.</Trans>
          </li>
          <li>
            <Trans>
              Don’t promise to keep it secret. Explain kindly that you may need to tell someone
              whose job is to help keep them safe.
            </Trans>
          </li>
          <li>
            <Trans>Don’t ask leading questions or push for details.</Trans>
          </li>
          <li>
            <Trans>Write down what they said, in their words, as soon as you can.</Trans>
          </li>
          <li>
            <Trans>Tell the DSL the same day, and follow your school’s safeguarding policy.</Trans>
          </li>
        </ol>
        {guide && (
          <p>
            <Trans>
              <Link to={`/self-help/${guide.slug}`}>{guideTitle}</Link>: the full guide, from the
              first words to telling the DSL.
            </Trans>
          </p>
        )}
        <AreaConcernContact />
      </div>
      {forStaff.length > 0 && (
        <>
          <h3>
            <Trans>More for school staff</Trans>
          </h3>
          <ArticleLinks articles={forStaff} />
        </>
      )}
    </section>
  )
}

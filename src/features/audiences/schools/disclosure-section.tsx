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
  return (
    <section aria-labelledby="schools-disclosure">
      <h2 id="schools-disclosure">When a pupil tells you something</h2>
      <div className="prose">
        <p>
          If a pupil is in danger right now, call 999, stay with them and tell your designated
          safeguarding lead (DSL) straight away. Otherwise, when a pupil tells you something
          worrying:
        </p>
        <ol>
          <li>Stay calm, listen and let them talk. Thank them for telling you.</li>
          <li>
            Don&rsquo;t promise to keep it secret. Explain kindly that you may need to tell someone
            whose job is to help keep them safe.
          </li>
          <li>Don&rsquo;t ask leading questions or push for details.</li>
          <li>Write down what they said, in their words, as soon as you can.</li>
          <li>Tell the DSL the same day, and follow your school&rsquo;s safeguarding policy.</li>
        </ol>
        {guide && (
          <p>
            <Link to={`/self-help/${guide.slug}`}>{guide.title}</Link>: the full guide, from the
            first words to telling the DSL.
          </p>
        )}
        <AreaConcernContact />
      </div>
      {forStaff.length > 0 && (
        <>
          <h3>More for school staff</h3>
          <ArticleLinks articles={forStaff} />
        </>
      )}
    </section>
  )
}

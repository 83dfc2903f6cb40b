import { Link } from 'react-router'
import { paramsFromQuery } from '../../directory/search/query-params.ts'
import type { DirectoryQuery } from '../../directory/search/search-model.ts'
import { ArticleLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles } from './guide-links.ts'

function findSupport(query: DirectoryQuery): string {
  return `/find-support?${paramsFromQuery({ audience: 'parents', ...query }).toString()}`
}

export function GettingHelpSection() {
  return (
    <section aria-labelledby="parents-getting-help">
      <h2 id="parents-getting-help">Getting help, and what happens next</h2>
      <p className="prose">
        You don&rsquo;t need to be sure what is wrong before you ask for help. This is how it
        usually works, though the details differ from area to area.
      </p>

      <div className="prose">
        <h3>Talk to school or college</h3>
        <p>
          Their teacher, form tutor, pastoral lead, special educational needs coordinator (SENCO) or
          school nurse can tell you what they have seen and what help the school has. Many schools
          have a counsellor or a mental health support team. School can also refer your child to
          other services.
        </p>

        <h3>Talk to your GP</h3>
        <p>
          You can book an appointment for your child and go with them. Older children can go on
          their own if they prefer. The GP will listen, check their physical health, talk about what
          might help, and can refer them to children and young people&rsquo;s mental health
          services.
        </p>

        <h3>A referral to CAMHS</h3>
        <p>
          CAMHS (children and young people&rsquo;s mental health services) are NHS teams for
          children who need more help than school or the GP can give. Usually a GP, school or
          another professional makes the referral. After that:
        </p>
        <ol>
          <li>The team reads the referral, and may phone you or your child to find out more.</li>
          <li>
            They offer an assessment, or suggest a different service that fits your child better,
            and tell you why.
          </li>
          <li>If help is offered, there may be a wait before it starts.</li>
        </ol>

        <h3>Getting in touch yourself</h3>
        <p>
          Some services let you or your child get in touch directly, without a referral. This is
          called self-referral, and what is offered depends on where you live. In Find support,
          these services say &ldquo;You can contact them yourself&rdquo;.
        </p>
        <p>
          <Link to={findSupport({ selfReferral: true })}>Services you can contact yourself</Link>
        </p>

        <h3>While you wait</h3>
        <p>Waiting lists can be long. While you wait:</p>
        <ul>
          <li>Ask the service who to contact if things get worse, and keep the number handy.</li>
          <li>Tell them if things do get worse. It can change how soon your child is seen.</li>
          <li>Keep short notes of what you notice and when. They help at the first appointment.</li>
          <li>Stay in touch with school, so they can help in the day.</li>
          <li>Try self-help together, and look after yourself too.</li>
        </ul>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.waiting)} />

      <div className="prose">
        <h3>ADHD and autism assessments</h3>
        <p>
          A neurodevelopmental assessment looks at how your child thinks, learns, communicates and
          gets on with others. It often takes a long time. Help does not have to wait for a
          diagnosis: school can make changes now, based on what your child needs.
        </p>
        <p>
          <Link to={findSupport({ topic: 'neurodiversity' })}>
            Support for families with ADHD and autism
          </Link>
        </p>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.assessment)} />
    </section>
  )
}

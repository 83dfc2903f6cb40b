import { Trans } from '@lingui/react/macro'
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
      <h2 id="parents-getting-help">
        <Trans>Getting help, and what happens next</Trans>
      </h2>
      <p className="prose">
        <Trans>
          You don’t need to be sure what is wrong before you ask for help. This is how it usually
          works, though the details differ from area to area.
        </Trans>
      </p>

      <div className="prose">
        <h3>
          <Trans>Talk to school or college</Trans>
        </h3>
        <p>
          <Trans>
            Their teacher, form tutor, pastoral lead, special educational needs coordinator (SENCO)
            or school nurse can tell you what they have seen and what help the school has. Many
            schools have a counsellor or a mental health support team. School can also refer your
            child to other services.
          </Trans>
        </p>

        <h3>
          <Trans>Talk to your GP</Trans>
        </h3>
        <p>
          <Trans>
            You can book an appointment for your child and go with them. Older children can go on
            their own if they prefer. The GP will listen, check their physical health, talk about
            what might help, and can refer them to children and young people’s mental health
            services.
          </Trans>
        </p>

        <h3>
          <Trans>A referral to CAMHS</Trans>
        </h3>
        <p>
          <Trans>
            CAMHS (children and young people’s mental health services) are NHS teams for children
            who need more help than school or the GP can give. Usually a GP, school or another
            professional makes the referral. After that:
          </Trans>
        </p>
        <ol>
          <li>
            <Trans>
              The team reads the referral, and may phone you or your child to find out more.
            </Trans>
          </li>
          <li>
            <Trans>
              They offer an assessment, or suggest a different service that fits your child better,
              and tell you why.
            </Trans>
          </li>
          <li>
            <Trans>If help is offered, there may be a wait before it starts.</Trans>
          </li>
        </ol>

        <h3>
          <Trans>Getting in touch yourself</Trans>
        </h3>
        <p>
          <Trans>
            Some services let you or your child get in touch directly, without a referral. This is
            called self-referral, and what is offered depends on where you live. In Find support,
            these services say “You can contact them yourself”.
          </Trans>
        </p>
        <p>
          <Link to={findSupport({ selfReferral: true })}>
            <Trans>Services you can contact yourself</Trans>
          </Link>
        </p>

        <h3>
          <Trans>While you wait</Trans>
        </h3>
        <p>
          <Trans>Waiting lists can be long. While you wait:</Trans>
        </p>
        <ul>
          <li>
            <Trans>
              Ask the service who to contact if things get worse, and keep the number handy.
            </Trans>
          </li>
          <li>
            <Trans>
              Tell them if things do get worse. It can change how soon your child is seen.
            </Trans>
          </li>
          <li>
            <Trans>
              Keep short notes of what you notice and when. They help at the first appointment.
            </Trans>
          </li>
          <li>
            <Trans>Stay in touch with school, so they can help in the day.</Trans>
          </li>
          <li>
            <Trans>Try self-help together, and look after yourself too.</Trans>
          </li>
        </ul>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.waiting)} />

      <div className="prose">
        <h3>
          <Trans>ADHD and autism assessments</Trans>
        </h3>
        <p>
          <Trans>
            A neurodevelopmental assessment looks at how your child thinks, learns, communicates and
            gets on with others. It often takes a long time. Help does not have to wait for a
            diagnosis: school can make changes now, based on what your child needs.
          </Trans>
        </p>
        <p>
          <Link to={findSupport({ topic: 'neurodiversity' })}>
            <Trans>Support for families with ADHD and autism</Trans>
          </Link>
        </p>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.assessment)} />
    </section>
  )
}

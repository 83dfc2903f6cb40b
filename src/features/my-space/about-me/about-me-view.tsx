import { useLingui } from '@lingui/react/macro'
import type { AboutMe } from '../../../db/about-me.ts'
import { answeredQuestions } from './about-me-questions.ts'

/** An About me to read: each answered question as a heading with the person's words under it. */
export function AboutMeView({
  aboutMe,
  headingLevel = 2,
}: {
  aboutMe: AboutMe
  headingLevel?: 2 | 3
}) {
  const { i18n } = useLingui()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="about-me-view">
      {answeredQuestions(aboutMe, i18n).map(({ question, answer }) => (
        <section key={question} className="about-me-view__part">
          <Heading className="about-me-view__question">{question}</Heading>
          <p className="about-me-view__answer">{answer}</p>
        </section>
      ))}
    </div>
  )
}

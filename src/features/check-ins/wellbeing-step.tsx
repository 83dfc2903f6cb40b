import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { Ref } from 'react'
import { ChoiceGroup } from '../../ui/choice-group.tsx'
import {
  ageBands,
  ONS_LICENCE,
  ONS_SOURCE,
  onsQuestionsFor,
  type AgeBand,
  type OnsQuestionId,
} from './ons-questions.ts'
import { StepHeading } from './step-heading.tsx'

function scale(i18n: I18n) {
  return Array.from({ length: 11 }, (_, n) => ({
    value: String(n),
    label:
      n === 0 ? i18n._(msg`0, not at all`) : n === 10 ? i18n._(msg`10, completely`) : String(n),
  }))
}

interface Props {
  age: AgeBand | undefined
  answers: Partial<Record<OnsQuestionId, number>>
  onAge: (age: AgeBand) => void
  onAnswer: (id: OnsQuestionId, value: number) => void
  progress: string
  headingRef: Ref<HTMLHeadingElement>
}

/**
 * The ONS wellbeing questions, offered now and then. Each is a row of 0 to 10 radio buttons, not
 * a slider. Age comes first, because the questions depend on it.
 */
export function WellbeingStep(props: Props) {
  const { age, answers, onAge, onAnswer, progress, headingRef } = props
  const questions = onsQuestionsFor(age)
  const { i18n, t } = useLingui()
  return (
    <>
      <StepHeading progress={progress} headingRef={headingRef}>
        <Trans>A few more questions, if you like</Trans>
      </StepHeading>
      <p>
        <Trans>
          Every now and then we ask a few short questions about how life is going. Your answers can
          show you how things change over time. They stay on this device, and you can skip them.
        </Trans>
      </p>
      <ChoiceGroup
        className="wellbeing-age"
        legend={t`How old are you?`}
        hint={t`So we only ask the questions that fit your age.`}
        options={ageBands.map(({ value, label }) => ({ value, label: i18n._(label) }))}
        value={age}
        onChange={onAge}
      />
      {age === 'under-10' && (
        <p className="callout">
          <Trans>
            These questions are for people aged 10 and over, so there is nothing more to answer. You
            can save your check-in now.
          </Trans>
        </p>
      )}
      {questions.length > 0 && (
        <>
          <p>
            <Trans>
              For each question, pick a number from 0 to 10, where 0 is &ldquo;not at all&rdquo; and
              10 is &ldquo;completely&rdquo;. There are no right or wrong answers.
            </Trans>
          </p>
          {questions.map((question) => (
            <ChoiceGroup
              key={question.id}
              className="ons-scale"
              legend={i18n._(question.text)}
              options={scale(i18n)}
              value={answers[question.id]?.toString()}
              onChange={(value) => onAnswer(question.id, Number(value))}
            />
          ))}
        </>
      )}
      <p className="small-print">
        {i18n._(ONS_SOURCE)} {i18n._(ONS_LICENCE)}
      </p>
    </>
  )
}

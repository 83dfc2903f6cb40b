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

const scale = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: n === 0 ? '0, not at all' : n === 10 ? '10, completely' : String(n),
}))

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
  return (
    <>
      <StepHeading progress={progress} headingRef={headingRef}>
        A few more questions, if you like
      </StepHeading>
      <p>
        Every now and then we ask a few short questions about how life is going. Your answers can
        show you how things change over time. They stay on this device, and you can skip them.
      </p>
      <ChoiceGroup
        className="wellbeing-age"
        legend="How old are you?"
        hint="So we only ask the questions that fit your age."
        options={ageBands}
        value={age}
        onChange={onAge}
      />
      {age === 'under-10' && (
        <p className="callout">
          These questions are for people aged 10 and over, so there is nothing more to answer. You
          can save your check-in now.
        </p>
      )}
      {questions.length > 0 && (
        <>
          <p>
            For each question, pick a number from 0 to 10, where 0 is &ldquo;not at all&rdquo; and
            10 is &ldquo;completely&rdquo;. There are no right or wrong answers.
          </p>
          {questions.map((question) => (
            <ChoiceGroup
              key={question.id}
              className="ons-scale"
              legend={question.text}
              options={scale}
              value={answers[question.id]?.toString()}
              onChange={(value) => onAnswer(question.id, Number(value))}
            />
          ))}
        </>
      )}
      <p className="small-print">
        {ONS_SOURCE} {ONS_LICENCE}
      </p>
    </>
  )
}

import { useLingui } from '@lingui/react/macro'
import type { Ref } from 'react'
import type { Mood } from '../../db/rows.ts'
import { TextField } from '../self-help/tools/text-field.tsx'
import { toggleChoice, type CheckInDraft } from './check-in-draft.ts'
import { feelings, happenings, MAX_NOTE_LENGTH } from './check-in-options.ts'
import { ChipGroup } from './chip-group.tsx'
import { MoodStep } from './mood-step.tsx'
import { StepHeading } from './step-heading.tsx'
import { WellbeingStep } from './wellbeing-step.tsx'

export type StepId = 'mood' | 'feelings' | 'happenings' | 'wellbeing'

interface Props {
  step: StepId
  progress: string
  draft: CheckInDraft
  change: (update: Partial<CheckInDraft>) => void
  onMood: (mood: Mood) => void
  onUnsafe: (unsafe: boolean) => void
  headingRef: Ref<HTMLHeadingElement>
  moodError?: string
}

/** One screen of the check-in. Every answer lives in the draft, so moving back loses nothing. */
export function CheckInStep(props: Props) {
  const { step, progress, draft, change, onMood, onUnsafe, headingRef, moodError } = props
  const { i18n, t } = useLingui()
  const inWords = (options: typeof feelings | typeof happenings) =>
    options.map(({ value, label }) => ({ value, label: i18n._(label) }))
  const heading = (text: string) => (
    <StepHeading progress={progress} headingRef={headingRef}>
      {text}
    </StepHeading>
  )

  switch (step) {
    case 'mood':
      return (
        <MoodStep
          mood={draft.mood}
          unsafe={draft.unsafe}
          onMood={onMood}
          onUnsafe={onUnsafe}
          progress={progress}
          headingRef={headingRef}
          error={moodError}
        />
      )
    case 'feelings':
      return (
        <ChipGroup
          legend={heading(t`Which words fit how you feel?`)}
          hint={t`Choose as many as you like, or none.`}
          options={inWords(feelings)}
          chosen={draft.feelings}
          onToggle={(value) => change({ feelings: toggleChoice(draft.feelings, value, feelings) })}
        />
      )
    case 'happenings':
      return (
        <>
          <ChipGroup
            legend={heading(t`What is going on for you?`)}
            hint={t`Choose anything that is on your mind, or none.`}
            options={inWords(happenings)}
            chosen={draft.happenings}
            onToggle={(value) =>
              change({ happenings: toggleChoice(draft.happenings, value, happenings) })
            }
          />
          <TextField
            id="check-in-note"
            label={t`Anything else you want to note? (optional)`}
            hint={t`Only you will see this. It stays on this device.`}
            rows={4}
            maxLength={MAX_NOTE_LENGTH}
            value={draft.note}
            onChange={(note) => change({ note })}
          />
        </>
      )
    case 'wellbeing':
      return (
        <WellbeingStep
          age={draft.age}
          answers={draft.ons}
          onAge={(age) => change({ age })}
          onAnswer={(id, value) => change({ ons: { ...draft.ons, [id]: value } })}
          progress={progress}
          headingRef={headingRef}
        />
      )
  }
}

import { Trans, useLingui } from '@lingui/react/macro'
import type { Ref } from 'react'
import type { Mood } from '../../db/rows.ts'
import { moods } from './check-in-options.ts'
import { MoodFace } from './mood-face.tsx'
import { StepHeading } from './step-heading.tsx'

interface Props {
  mood: Mood | undefined
  unsafe: boolean
  onMood: (mood: Mood) => void
  onUnsafe: (unsafe: boolean) => void
  progress: string
  headingRef: Ref<HTMLHeadingElement>
  /** Shown when Next is pressed before a mood is chosen. */
  error?: string
}

/**
 * How I feel: five steps as real radio buttons, each a face and a word, with large targets and
 * nothing to drag. "I don't feel safe right now" is always on this first screen.
 */
export function MoodStep(props: Props) {
  const { mood, unsafe, onMood, onUnsafe, progress, headingRef, error } = props
  const { i18n, t } = useLingui()
  const described = ['mood-hint', error && 'mood-error'].filter(Boolean).join(' ')
  return (
    <>
      <fieldset className="mood-scale" aria-describedby={described}>
        <legend>
          <StepHeading progress={progress} headingRef={headingRef}>
            <Trans>How are you feeling right now?</Trans>
          </StepHeading>
        </legend>
        {/* Said before choosing, because choosing these brings help up straight away. */}
        <p id="mood-hint" className="hint">
          <Trans>
            Pick the one that fits best. If you pick &ldquo;Really low&rdquo;, or tell us you
            don&rsquo;t feel safe, we&rsquo;ll show you people who can help straight away.
          </Trans>
        </p>
        {error && (
          <p id="mood-error" className="field-error">
            {error}
          </p>
        )}
        <div className="mood-scale__options">
          {moods.map((option) => (
            <label key={option.value} className="mood-option">
              <input
                type="radio"
                name="mood"
                value={option.value}
                checked={mood === option.value}
                onChange={() => onMood(option.value)}
              />
              <MoodFace mood={option.value} />
              <span className="mood-option__word">{i18n._(option.label)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="unsafe-choice">
        <label className="choice">
          <input
            type="checkbox"
            name="unsafe"
            checked={unsafe}
            onChange={(event) => onUnsafe(event.target.checked)}
          />
          <span>{t`I don’t feel safe right now`}</span>
        </label>
      </div>
    </>
  )
}

import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { addCheckIn } from '../../db/check-ins.ts'
import type { CheckInRow, Mood } from '../../db/rows.ts'
import { saveErrorMessage } from '../../lib/save-error.ts'
import { useHydrated } from '../../ui/use-hydrated.ts'
import { SaveStatus, type SaveStatusValue } from '../my-space/safety-plan/save-status.tsx'
import { emptyDraft, toNewCheckIn, type CheckInDraft, type OnsOutcome } from './check-in-draft.ts'
import { LOWEST_MOOD } from './check-in-options.ts'
import { CheckInStep, type StepId } from './check-in-step.tsx'
import { HelpFirstPanel, type HelpReason } from './help-first-panel.tsx'
import { SavedView } from './saved-view.tsx'
import { useOnsDue } from './use-ons-due.ts'

const BASE_STEPS: readonly StepId[] = ['mood', 'feelings', 'happenings']

/** The check-in, one short step at a time, with help first whenever it is asked for. */
export function CheckInFlow() {
  const { i18n, t } = useLingui()
  const hydrated = useHydrated()
  const onsDue = useOnsDue()
  const [draft, setDraft] = useState<CheckInDraft>(emptyDraft)
  const [stepIndex, setStepIndex] = useState(0)
  // Decided when the first step is done, so "Step 2 of 4" never changes under the person.
  const [offerOns, setOfferOns] = useState<boolean>()
  const [help, setHelp] = useState<HelpReason>()
  const helpShown = useRef(new Set<HelpReason>())
  const [moodError, setMoodError] = useState(false)
  const [saving, setSaving] = useState(false)
  const [status, setStatus] = useState<SaveStatusValue>()
  const [saved, setSaved] = useState<CheckInRow>()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const moved = useRef(false)

  const steps = (offerOns ?? onsDue) ? [...BASE_STEPS, 'wellbeing' as const] : BASE_STEPS
  const step = steps[stepIndex] ?? 'mood'
  const view = saved ? 'saved' : help ? 'help' : step

  useEffect(() => {
    // Each new screen starts at its heading so it is read out; not on first load.
    if (moved.current) headingRef.current?.focus()
  }, [view])

  function show(update: () => void) {
    moved.current = true
    setStatus(undefined)
    update()
  }

  function change(update: Partial<CheckInDraft>) {
    setDraft((current) => ({ ...current, ...update }))
  }

  // The hardest answers bring help up at once, before any other step; once for each answer.
  function offerHelp(reason: HelpReason) {
    if (helpShown.current.has(reason)) return
    helpShown.current.add(reason)
    show(() => setHelp(reason))
  }

  function chooseMood(mood: Mood) {
    change({ mood })
    setMoodError(false)
    if (mood === LOWEST_MOOD) offerHelp('lowest-mood')
  }

  function chooseUnsafe(unsafe: boolean) {
    change({ unsafe })
    if (unsafe) offerHelp('unsafe')
  }

  function next() {
    if (step === 'mood' && draft.mood === undefined) {
      setMoodError(true)
      // Take the person to the question: its group is read out with the message.
      formRef.current?.querySelector<HTMLInputElement>('input[name="mood"]')?.focus()
      return
    }
    if (step === 'mood') setOfferOns(onsDue ?? false)
    show(() => setStepIndex((index) => index + 1))
  }

  async function save(ons: OnsOutcome) {
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    if (saving) return
    setSaving(true)
    try {
      const row = await addCheckIn(toNewCheckIn(draft, ons))
      show(() => setSaved(row))
    } catch (error) {
      console.error(error)
      // Everything chosen and typed stays on screen, ready to try again.
      const text = saveErrorMessage(error, i18n)
      setStatus((current) => ({ tone: 'problem', text, count: (current?.count ?? 0) + 1 }))
    } finally {
      setSaving(false)
    }
  }

  if (saved) return <SavedView checkIn={saved} headingRef={headingRef} />
  if (help) {
    return (
      <HelpFirstPanel
        reason={help}
        headingRef={headingRef}
        onCarryOn={() => show(() => setHelp(undefined))}
      />
    )
  }

  const isLast = stepIndex === steps.length - 1
  const stepNumber = stepIndex + 1
  const stepCount = steps.length
  const onsOutcome: OnsOutcome = step === 'wellbeing' ? 'answered' : 'not-offered'
  return (
    <form
      ref={formRef}
      className="check-in-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (isLast) void save(onsOutcome)
        else next()
      }}
    >
      <CheckInStep
        step={step}
        progress={t`Step ${stepNumber} of ${stepCount}`}
        draft={draft}
        change={change}
        onMood={chooseMood}
        onUnsafe={chooseUnsafe}
        headingRef={headingRef}
        moodError={moodError ? t`Choose how you are feeling to go on.` : undefined}
      />
      <SaveStatus status={status} />
      <div className="button-row check-in-form__controls">
        {stepIndex > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => show(() => setStepIndex((index) => index - 1))}
          >
            <Trans>Back</Trans>
          </button>
        )}
        {/* Disabled until the page is running, so a press can never send answers anywhere. */}
        <button
          type="submit"
          className="button button--primary"
          disabled={!hydrated}
          aria-disabled={saving || undefined}
        >
          {isLast ? <Trans>Save my check-in</Trans> : <Trans>Next</Trans>}
        </button>
        {step === 'wellbeing' && (
          <button
            type="button"
            className="button button--primary"
            aria-disabled={saving || undefined}
            onClick={() => void save('skipped')}
          >
            <Trans>Skip these and save</Trans>
          </button>
        )}
      </div>
    </form>
  )
}

import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { type BreathingMoment, type BreathingPace, type BreathPhase } from './breathing-timing.ts'
import type { SessionStatus } from './use-breathing-session.ts'

interface Props {
  pace: BreathingPace
  breaths: number
  status: SessionStatus
  moment: BreathingMoment
  reducedMotion: boolean
}

function stepText(i18n: I18n, phase: BreathPhase, seconds: number): string {
  switch (phase) {
    case 'in':
      return i18n._(msg`Breathe in for ${seconds}`)
    case 'hold':
      return i18n._(msg`Hold for ${seconds}`)
    case 'out':
      return i18n._(msg`Breathe out for ${seconds}`)
  }
}

/** The word to follow, then how long for: only screen readers hear the length. */
function PhaseWords({ phase, seconds }: { phase: BreathPhase; seconds: number }) {
  switch (phase) {
    case 'in':
      return (
        <Trans>
          Breathe in…<span className="visually-hidden"> for {seconds}</span>
        </Trans>
      )
    case 'hold':
      return (
        <Trans>
          Hold gently…<span className="visually-hidden"> for {seconds}</span>
        </Trans>
      )
    case 'out':
      return (
        <Trans>
          Breathe out…<span className="visually-hidden"> for {seconds}</span>
        </Trans>
      )
  }
}

/** What the person follows: a growing and shrinking shape, or a still step list instead. */
export function BreathingGuide({ pace, breaths, status, moment, reducedMotion }: Props) {
  const { i18n, t } = useLingui()
  const inSession = status === 'running' || status === 'paused'
  const current = inSession && !moment.done ? moment : undefined
  const breath = current?.breath

  // Only the words change at each new step, so the live region speaks once per step and never
  // reads out the count every second.
  let spoken: ReactNode = ''
  if (status === 'paused') spoken = t`Paused.`
  else if (status === 'finished') spoken = t`All done.`
  else if (current) spoken = <PhaseWords phase={current.phase} seconds={current.stepSeconds} />

  return (
    <div className="breathing-guide">
      {reducedMotion ? (
        <ol className="breathing-steps" aria-label={t`The steps of one breath`}>
          {pace.steps.map((step, index) => {
            const isCurrent = current?.stepIndex === index
            return (
              <li
                key={step.phase}
                className={isCurrent ? 'breathing-step is-current' : 'breathing-step'}
                aria-current={isCurrent ? 'step' : undefined}
              >
                {stepText(i18n, step.phase, step.seconds)}
                {isCurrent && <StillDots total={step.seconds} filled={current.count} />}
              </li>
            )
          })}
        </ol>
      ) : (
        <BreathingShape
          phase={current?.phase}
          stepSeconds={current?.stepSeconds}
          paused={status === 'paused'}
        />
      )}
      <p className="breathing-guide__words" role="status" aria-live="polite">
        {spoken}
      </p>
      <p className="breathing-guide__count" aria-hidden="true">
        {current ? current.count : ''}
      </p>
      {current && (
        <p className="hint">
          <Trans>
            Breath {breath} of {breaths}
          </Trans>
        </p>
      )}
    </div>
  )
}

function StillDots({ total, filled }: { total: number; filled: number }) {
  return (
    <span className="breathing-dots" aria-hidden="true">
      {Array.from({ length: total }, (_, index) => (
        <span
          key={index}
          className={index < filled ? 'breathing-dot is-filled' : 'breathing-dot'}
        />
      ))}
    </span>
  )
}

interface ShapeProps {
  /** Undefined before starting and after the end: the shape rests, small and still. */
  phase: BreathPhase | undefined
  stepSeconds: number | undefined
  paused: boolean
}

function BreathingShape({ phase, stepSeconds, paused }: ShapeProps) {
  const ref = useRef<HTMLDivElement>(null)
  // The step's length reaches the CSS animation through a custom property set from script:
  // the Content-Security-Policy forbids inline style attributes.
  useLayoutEffect(() => {
    if (stepSeconds) ref.current?.style.setProperty('--breath-step', `${stepSeconds}s`)
  }, [stepSeconds])
  return (
    <div
      ref={ref}
      className={paused ? 'breathing-shape is-paused' : 'breathing-shape'}
      data-phase={phase}
      aria-hidden="true"
    >
      <div className="breathing-shape__circle" />
    </div>
  )
}

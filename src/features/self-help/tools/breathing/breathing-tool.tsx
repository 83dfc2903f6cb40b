import { useRef, useState } from 'react'
import { ChoiceGroup } from '../../../../ui/choice-group.tsx'
import { ToolLayout } from '../tool-layout.tsx'
import { useReducedMotion } from '../use-reduced-motion.ts'
import { BreathingGuide } from './breathing-guide.tsx'
import { breathsFor, findPace, paces, type BreathingPace } from './breathing-timing.ts'
import { useBreathingSession } from './use-breathing-session.ts'

const minuteChoices = ['1', '2', '3', '5'] as const
type Minutes = (typeof minuteChoices)[number]

export function BreathingTool() {
  const [paceId, setPaceId] = useState<BreathingPace['id']>('gentle')
  const [minutes, setMinutes] = useState<Minutes>('2')
  const pace = findPace(paceId)
  const breaths = breathsFor(pace, Number(minutes))
  const session = useBreathingSession(pace, breaths)
  const reducedMotion = useReducedMotion()
  const choosing = session.status === 'ready' || session.status === 'finished'
  const mainButton = useRef<HTMLButtonElement>(null)

  function stop() {
    session.stop()
    // The Stop button goes away, so keep keyboard focus on the main button instead of losing it.
    mainButton.current?.focus()
  }

  // One main button that changes its words keeps keyboard focus in the same place throughout.
  const main = {
    ready: { label: 'Start', act: session.start },
    running: { label: 'Pause', act: session.pause },
    paused: { label: 'Resume', act: session.resume },
    finished: { label: 'Start again', act: session.start },
  }[session.status]

  return (
    <ToolLayout
      slug="breathing"
      intro={
        <p>
          When you feel stressed, your breathing gets fast. Slowing it down tells your body it is
          safe. Breathe in through your nose and out through your mouth. Breathing out for longer
          than you breathe in is what helps most.
        </p>
      }
      kept="Nothing is saved. This tool doesn't keep anything, on this device or anywhere else."
    >
      {choosing && (
        <div className="tool-settings">
          <ChoiceGroup
            legend="Pace"
            hint="Pick the one that feels comfortable. You can change it next time."
            options={paces.map(({ id, label }) => ({ value: id, label }))}
            value={paceId}
            onChange={setPaceId}
          />
          <ChoiceGroup
            legend="How long?"
            options={minuteChoices.map((value) => ({
              value,
              label: `${value} ${value === '1' ? 'minute' : 'minutes'} (${breathsFor(pace, Number(value))} breaths)`,
            }))}
            value={minutes}
            onChange={setMinutes}
          />
        </div>
      )}

      <BreathingGuide
        pace={pace}
        breaths={breaths}
        status={session.status}
        moment={session.moment}
        reducedMotion={reducedMotion}
      />

      {session.status === 'finished' && (
        <div className="callout">
          <p>That&rsquo;s the end. Notice how you feel now. You can go again whenever you like.</p>
        </div>
      )}

      <div className="button-row tool-controls">
        <button
          ref={mainButton}
          type="button"
          className="button button--primary"
          onClick={main.act}
        >
          {main.label}
        </button>
        {!choosing && (
          <button type="button" className="button" onClick={stop}>
            Stop
          </button>
        )}
      </div>
    </ToolLayout>
  )
}

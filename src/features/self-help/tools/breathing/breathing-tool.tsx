import type { MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { ChoiceGroup } from '../../../../ui/choice-group.tsx'
import { ToolLayout } from '../tool-layout.tsx'
import { useReducedMotion } from '../use-reduced-motion.ts'
import { BreathingGuide } from './breathing-guide.tsx'
import { breathsFor, findPace, paces, type BreathingPace } from './breathing-timing.ts'
import { useBreathingSession } from './use-breathing-session.ts'

const minuteChoices = ['1', '2', '3', '5'] as const
type Minutes = (typeof minuteChoices)[number]

const paceNames: Record<BreathingPace['id'], MessageDescriptor> = {
  gentle: msg`Gentle: in for 3, out for 5`,
  slow: msg`Slower: in for 4, hold for 2, out for 6`,
}

export function BreathingTool() {
  const { i18n, t } = useLingui()
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
    ready: { label: t`Start`, act: session.start },
    running: { label: t`Pause`, act: session.pause },
    paused: { label: t`Resume`, act: session.resume },
    finished: { label: t`Start again`, act: session.start },
  }[session.status]

  return (
    <ToolLayout
      slug="breathing"
      intro={
        <p>
          <Trans>
            When you feel stressed, your breathing gets fast. Slowing it down tells your body it is
            safe. Breathe in through your nose and out through your mouth. Breathing out for longer
            than you breathe in is what helps most.
          </Trans>
        </p>
      }
      kept={t`Nothing is saved. This tool doesn't keep anything, on this device or anywhere else.`}
    >
      {choosing && (
        <div className="tool-settings">
          <ChoiceGroup
            legend={t`Pace`}
            hint={t`Pick the one that feels comfortable. You can change it next time.`}
            options={paces.map(({ id }) => ({ value: id, label: i18n._(paceNames[id]) }))}
            value={paceId}
            onChange={setPaceId}
          />
          <ChoiceGroup
            legend={t`How long?`}
            options={minuteChoices.map((value) => {
              const minuteCount = Number(value)
              const breathCount = breathsFor(pace, minuteCount)
              return {
                value,
                label: t`${plural(minuteCount, { one: '# minute', other: '# minutes' })} (${plural(breathCount, { one: '# breath', other: '# breaths' })})`,
              }
            })}
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
          <p>
            <Trans>
              That’s the end. Notice how you feel now. You can go again whenever you like.
            </Trans>
          </p>
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
            <Trans>Stop</Trans>
          </button>
        )}
      </div>
    </ToolLayout>
  )
}

import { Trans, useLingui } from '@lingui/react/macro'
import type { Ref } from 'react'
import { ChoiceGroup } from '../../../../ui/choice-group.tsx'
import { TextField } from '../text-field.tsx'
import { refocusIdeas, refocusLabel, SOMETHING_ELSE, type WorryDraft } from './worry-tree-data.ts'
import { letGoMessage, type WorryStep } from './worry-tree-flow.ts'

interface Props {
  step: Exclude<WorryStep, 'done'>
  draft: WorryDraft
  change: (update: Partial<WorryDraft>) => void
  headingRef: Ref<HTMLHeadingElement>
  /** Set when Next was pressed without the answer that decides the way on. */
  missingChoice: boolean
}

/** One question of the worry tree at a time, so it never feels like a long form. */
export function WorryTreeStep({ step, draft, change, headingRef, missingChoice }: Props) {
  const { i18n, t } = useLingui()
  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  )
  const error = missingChoice ? t`Choose one answer to go on.` : undefined

  const action = draft.action.trim()

  switch (step) {
    case 'worry':
      return (
        <>
          {heading(t`What is the worry?`)}
          <TextField
            id="worry-text"
            label={t`Write your worry in a few words`}
            hint={t`For example: “I haven’t started my project and it’s due on Friday.”`}
            rows={3}
            value={draft.worry}
            onChange={(worry) => change({ worry })}
          />
        </>
      )
    case 'can-act':
      return (
        <ChoiceGroup
          className="tool-question"
          legend={heading(t`Can you do something about it?`)}
          hint={t`Is there anything at all you could do, even something small?`}
          options={[
            { value: 'yes', label: t`Yes, I can do something` },
            { value: 'no', label: t`No, it's not something I can change` },
          ]}
          value={draft.canAct === undefined ? undefined : draft.canAct ? 'yes' : 'no'}
          onChange={(answer) => change({ canAct: answer === 'yes' })}
          error={error}
        />
      )
    case 'action':
      return (
        <>
          {heading(t`What can you do?`)}
          <TextField
            id="worry-action"
            label={t`What could you do about it?`}
            hint={t`Think of one small step. For example: “Ask my teacher for help.”`}
            rows={3}
            value={draft.action}
            onChange={(action) => change({ action })}
          />
          <ChoiceGroup
            className="tool-question"
            legend={t`When can you do it?`}
            options={[
              { value: 'now', label: t`Now, or very soon` },
              { value: 'later', label: t`Later: I'll make a plan` },
            ]}
            value={draft.when}
            onChange={(when) => change({ when })}
            error={error}
          />
        </>
      )
    case 'do-it':
      return (
        <>
          {heading(t`Then do it now`)}
          <p>
            <Trans>
              Go and do it. When you’ve done it, come back here. Then it’s time to let the worry go.
            </Trans>
          </p>
        </>
      )
    case 'plan':
      return (
        <>
          {heading(t`Make a plan`)}
          {action && (
            <p>
              <Trans>You said you could: {action}</Trans>
            </p>
          )}
          <TextField
            id="worry-plan-time"
            label={t`When will you do it?`}
            hint={t`For example: “Saturday morning” or “after school tomorrow”. You could set a reminder on your phone too.`}
            value={draft.planTime}
            onChange={(planTime) => change({ planTime })}
          />
        </>
      )
    case 'let-go':
      return (
        <>
          {heading(t`Let the worry go`)}
          <p>{letGoMessage(draft, i18n)}</p>
          <ChoiceGroup
            className="tool-question"
            legend={t`What will you turn your attention to now?`}
            hint={t`Pick something that keeps your mind busy in a good way.`}
            options={refocusIdeas.map((idea) => ({ value: idea, label: refocusLabel(idea, i18n) }))}
            value={draft.refocusChoice}
            onChange={(refocusChoice) => change({ refocusChoice })}
          />
          {draft.refocusChoice === SOMETHING_ELSE && (
            <TextField
              id="worry-refocus-other"
              label={t`What will you do?`}
              value={draft.refocusOther}
              onChange={(refocusOther) => change({ refocusOther })}
            />
          )}
        </>
      )
  }
}

import type { Ref } from 'react'
import { ChoiceGroup } from '../../../../ui/choice-group.tsx'
import { TextField } from '../text-field.tsx'
import { refocusIdeas, SOMETHING_ELSE, type WorryDraft } from './worry-tree-data.ts'
import { letGoMessage, type WorryStep } from './worry-tree-flow.ts'

interface Props {
  step: Exclude<WorryStep, 'done'>
  draft: WorryDraft
  change: (update: Partial<WorryDraft>) => void
  headingRef: Ref<HTMLHeadingElement>
  /** Set when Next was pressed without the answer that decides the way on. */
  missingChoice: boolean
}

const CHOOSE = 'Choose one answer to go on.'

/** One question of the worry tree at a time, so it never feels like a long form. */
export function WorryTreeStep({ step, draft, change, headingRef, missingChoice }: Props) {
  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  )
  const error = missingChoice ? CHOOSE : undefined

  switch (step) {
    case 'worry':
      return (
        <>
          {heading('What is the worry?')}
          <TextField
            id="worry-text"
            label="Write your worry in a few words"
            hint="For example: “I haven’t started my project and it’s due on Friday.”"
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
          legend={heading('Can you do something about it?')}
          hint="Is there anything at all you could do, even something small?"
          options={[
            { value: 'yes', label: 'Yes, I can do something' },
            { value: 'no', label: "No, it's not something I can change" },
          ]}
          value={draft.canAct === undefined ? undefined : draft.canAct ? 'yes' : 'no'}
          onChange={(answer) => change({ canAct: answer === 'yes' })}
          error={error}
        />
      )
    case 'action':
      return (
        <>
          {heading('What can you do?')}
          <TextField
            id="worry-action"
            label="What could you do about it?"
            hint="Think of one small step. For example: “Ask my teacher for help.”"
            rows={3}
            value={draft.action}
            onChange={(action) => change({ action })}
          />
          <ChoiceGroup
            className="tool-question"
            legend="When can you do it?"
            options={[
              { value: 'now', label: 'Now, or very soon' },
              { value: 'later', label: "Later: I'll make a plan" },
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
          {heading('Then do it now')}
          <p>
            Go and do it. When you&rsquo;ve done it, come back here. Then it&rsquo;s time to let the
            worry go.
          </p>
        </>
      )
    case 'plan':
      return (
        <>
          {heading('Make a plan')}
          {draft.action.trim() && <p>You said you could: {draft.action.trim()}</p>}
          <TextField
            id="worry-plan-time"
            label="When will you do it?"
            hint="For example: “Saturday morning” or “after school tomorrow”. You could set a reminder on your phone too."
            value={draft.planTime}
            onChange={(planTime) => change({ planTime })}
          />
        </>
      )
    case 'let-go':
      return (
        <>
          {heading('Let the worry go')}
          <p>{letGoMessage(draft)}</p>
          <ChoiceGroup
            className="tool-question"
            legend="What will you turn your attention to now?"
            hint="Pick something that keeps your mind busy in a good way."
            options={refocusIdeas.map((idea) => ({ value: idea, label: idea }))}
            value={draft.refocusChoice}
            onChange={(refocusChoice) => change({ refocusChoice })}
          />
          {draft.refocusChoice === SOMETHING_ELSE && (
            <TextField
              id="worry-refocus-other"
              label="What will you do?"
              value={draft.refocusOther}
              onChange={(refocusOther) => change({ refocusOther })}
            />
          )}
        </>
      )
  }
}

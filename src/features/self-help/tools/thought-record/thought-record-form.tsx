import { useState } from 'react'
import { saveProblemMessage } from '../../../my-space/lock/save-problem-message.ts'
import { StatusMessage, type Status } from '../status-message.tsx'
import { TextField } from '../text-field.tsx'
import { FeelingPicker, StrengthInput } from './feeling-picker.tsx'
import {
  emptyThoughtDraft,
  isBlank,
  toThoughtRecord,
  type TextPart,
  type ThoughtDraft,
  type ThoughtRecord,
} from './thought-record-data.ts'

interface Props {
  /** Throws when the device refuses; the form then keeps everything as typed. */
  save: (record: ThoughtRecord) => Promise<unknown>
}

export function ThoughtRecordForm({ save }: Props) {
  const [draft, setDraft] = useState<ThoughtDraft>(emptyThoughtDraft)
  const [status, setStatus] = useState<Status>()
  const [saving, setSaving] = useState(false)

  const text = (part: TextPart) => ({
    id: `thought-${part}`,
    rows: 3,
    value: draft[part],
    onChange: (value: string) => setDraft((current) => ({ ...current, [part]: value })),
  })

  function setAfter(name: string, after: string) {
    setDraft((current) => ({
      ...current,
      feelings: current.feelings.map((f) => (f.name === name ? { ...f, after } : f)),
    }))
  }

  async function submit() {
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    if (saving) return
    const record = toThoughtRecord(draft)
    if (isBlank(record)) {
      setStatus({ tone: 'problem', text: 'Write something or pick a feeling first, then save.' })
      return
    }
    setSaving(true)
    try {
      await save(record)
      setDraft(emptyThoughtDraft)
      setStatus({ tone: 'done', text: 'Saved on this device. It is first in your saved records.' })
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: saveProblemMessage(error) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      className="tool-form"
      aria-labelledby="thought-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2 id="thought-form-heading">A new thought record</h2>
      <TextField
        {...text('situation')}
        label="1. What happened?"
        hint="Where were you? Who were you with? What were you doing?"
      />
      <FeelingPicker
        feelings={draft.feelings}
        onChange={(feelings) => setDraft((current) => ({ ...current, feelings }))}
      />
      <TextField
        {...text('thought')}
        label="3. What went through your mind?"
        hint="Write down the thought that upset you most. For example: “Everyone thinks I'm stupid.”"
      />
      <TextField
        {...text('evidenceFor')}
        label="4. What makes the thought seem true?"
        hint="Try to stick to facts, not guesses about what others think."
      />
      <TextField
        {...text('evidenceAgainst')}
        label="5. What doesn't fit with the thought?"
        hint="Is there anything that shows it isn't the whole story? What would you say to a friend who had this thought?"
      />
      <TextField
        {...text('balancedThought')}
        label="6. A kinder, more balanced thought"
        hint="Look at both sides. What is a fairer way to see it? For example: “I got one question wrong. That doesn't make me stupid.”"
      />
      <fieldset className="tool-fieldset">
        <legend>7. How do you feel now?</legend>
        {draft.feelings.map((feeling) => (
          <StrengthInput
            key={feeling.name}
            id={`feeling-after-${feeling.name}`}
            label={`How strong is “${feeling.name}” now? 0 to 100`}
            value={feeling.after}
            onChange={(value) => setAfter(feeling.name, value)}
          />
        ))}
        <TextField {...text('feelNow')} label="Anything else about how you feel now?" />
      </fieldset>
      <div className="button-row tool-controls">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || undefined}
        >
          Save to this device
        </button>
      </div>
      <StatusMessage status={status} />
    </form>
  )
}

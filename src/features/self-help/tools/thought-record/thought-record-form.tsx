import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { saveProblemMessage } from '../../../my-space/lock/save-problem-message.ts'
import { StatusMessage, type Status } from '../status-message.tsx'
import { TextField } from '../text-field.tsx'
import { FeelingPicker, StrengthInput } from './feeling-picker.tsx'
import {
  emptyThoughtDraft,
  feelingLabel,
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
  const { i18n, t } = useLingui()
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
      setStatus({ tone: 'problem', text: t`Write something or pick a feeling first, then save.` })
      return
    }
    setSaving(true)
    try {
      await save(record)
      setDraft(emptyThoughtDraft)
      setStatus({ tone: 'done', text: t`Saved on this device. It is first in your saved records.` })
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: saveProblemMessage(error, i18n) })
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
      <h2 id="thought-form-heading">
        <Trans>A new thought record</Trans>
      </h2>
      <TextField
        {...text('situation')}
        label={t`1. What happened?`}
        hint={t`Where were you? Who were you with? What were you doing?`}
      />
      <FeelingPicker
        feelings={draft.feelings}
        onChange={(feelings) => setDraft((current) => ({ ...current, feelings }))}
      />
      <TextField
        {...text('thought')}
        label={t`3. What went through your mind?`}
        hint={t`Write down the thought that upset you most. For example: “Everyone thinks I'm stupid.”`}
      />
      <TextField
        {...text('evidenceFor')}
        label={t`4. What makes the thought seem true?`}
        hint={t`Try to stick to facts, not guesses about what others think.`}
      />
      <TextField
        {...text('evidenceAgainst')}
        label={t`5. What doesn't fit with the thought?`}
        hint={t`Is there anything that shows it isn't the whole story? What would you say to a friend who had this thought?`}
      />
      <TextField
        {...text('balancedThought')}
        label={t`6. A kinder, more balanced thought`}
        hint={t`Look at both sides. What is a fairer way to see it? For example: “I got one question wrong. That doesn't make me stupid.”`}
      />
      <fieldset className="tool-fieldset">
        <legend>
          <Trans>7. How do you feel now?</Trans>
        </legend>
        {draft.feelings.map(({ name, after }) => {
          const feeling = feelingLabel(name, i18n)
          return (
            <StrengthInput
              key={name}
              id={`feeling-after-${name}`}
              label={t`How strong is “${feeling}” now? 0 to 100`}
              value={after}
              onChange={(value) => setAfter(name, value)}
            />
          )
        })}
        <TextField {...text('feelNow')} label={t`Anything else about how you feel now?`} />
      </fieldset>
      <div className="button-row tool-controls">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || undefined}
        >
          <Trans>Save to this device</Trans>
        </button>
      </div>
      <StatusMessage status={status} />
    </form>
  )
}

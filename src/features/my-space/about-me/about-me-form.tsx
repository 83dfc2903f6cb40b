import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import type { AboutMe, AboutMeTextField } from '../../../db/about-me.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { StatusMessage, type Status } from '../your-data/status-message.tsx'
import { AboutMeTextFieldInput } from './about-me-text-field.tsx'
import { ContactWaysField } from './contact-ways-field.tsx'

interface Props {
  value: AboutMe
  onChange: (value: AboutMe) => void
  /** Rejects when the device refuses. */
  onSave: () => Promise<void>
  unsaved: boolean
}

const FIRST: AboutMeTextField[] = [
  'preferredName',
  'pronouns',
  'toKnow',
  'whatHelps',
  'whatDoesNotHelp',
]

export function AboutMeForm({ value, onChange, onSave, unsaved }: Props) {
  const { i18n, t } = useLingui()
  const [status, setStatus] = useState<Status>()
  const [saving, setSaving] = useState(false)

  function change(next: AboutMe) {
    // "Saved" would no longer be true; a problem message stays until the next try.
    if (status?.tone === 'done') setStatus(undefined)
    onChange(next)
  }

  const text = (field: AboutMeTextField) => (
    <AboutMeTextFieldInput
      key={field}
      field={field}
      value={value[field]}
      onChange={(next) => change({ ...value, [field]: next })}
    />
  )

  async function save() {
    if (saving) return
    setSaving(true)
    try {
      await onSave()
      setStatus({ tone: 'done', text: t`Saved on this device.` })
    } catch (error) {
      console.error(error)
      // What they typed stays in the form: only the message changes.
      setStatus({ tone: 'problem', text: saveErrorMessage(error, i18n) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      className="about-me-form stack"
      aria-labelledby="about-me-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <h2 id="about-me-form-heading">
        <Trans>My story</Trans>
      </h2>
      {FIRST.map(text)}
      <ContactWaysField
        value={value.contactWays}
        onChange={(contactWays) => change({ ...value, contactWays })}
      />
      {text('contactNotes')}
      {text('anythingElse')}
      <div>
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={saving || undefined}
        >
          <Trans>Save About me</Trans>
        </button>
        {unsaved && (
          <p className="hint">
            <Trans>You have changes that are not saved yet.</Trans>
          </p>
        )}
        <StatusMessage status={status} />
      </div>
    </form>
  )
}

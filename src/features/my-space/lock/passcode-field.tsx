import { useLingui } from '@lingui/react/macro'
import type { Ref } from 'react'

interface Props {
  id: string
  label: string
  hint?: string
  error?: string
  value: string
  onChange: (value: string) => void
  /** "new-password" when choosing one, so password managers offer to keep it. */
  autoComplete: 'new-password' | 'current-password'
  /** Shown as typed, when the person chose to see it. */
  shown: boolean
  inputRef?: Ref<HTMLInputElement>
}

/**
 * A passcode box with its label, hint and any problem tied to it for screen readers. Pasting is
 * allowed (a password manager may hold it), and nothing is corrected or capitalised as it is typed.
 */
export function PasscodeField(props: Props) {
  const { id, label, hint, error, value, onChange, autoComplete, shown, inputRef } = props
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="field passcode-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        type={shown ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

/** The show/hide switch for the passcode boxes of one form. */
export function ShowPasscode({
  shown,
  onChange,
  plural = false,
}: {
  shown: boolean
  onChange: (shown: boolean) => void
  plural?: boolean
}) {
  const { t } = useLingui()
  return (
    <label className="choice passcode-show">
      <input type="checkbox" checked={shown} onChange={(event) => onChange(event.target.checked)} />
      <span>{plural ? t`Show the passcodes as I type` : t`Show the passcode as I type`}</span>
    </label>
  )
}

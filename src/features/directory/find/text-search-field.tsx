import { Trans } from '@lingui/react/macro'
import { useId, useState } from 'react'

interface Props {
  text: string | undefined
  onChange: (text: string | undefined) => void
}

/** The words as the address keeps them: spaces tidied. */
function tidy(typed: string): string {
  return typed.trim().replace(/\s+/g, ' ')
}

/**
 * Free words. What is typed stays exactly as typed (spaces included) while the address holds
 * the tidied search, so the words never jump about under the cursor.
 */
export function TextSearchField({ text, onChange }: Props) {
  const id = useId()
  const [draft, setDraft] = useState(text ?? '')
  const [shownText, setShownText] = useState(text)
  // A search changed from elsewhere (cleared, or opened from a link) replaces what was typed.
  if (shownText !== text) {
    setShownText(text)
    if ((text ?? '') !== tidy(draft)) setDraft(text ?? '')
  }

  return (
    <div className="field">
      <label htmlFor={id}>
        <Trans>Search by name or words</Trans>
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={draft}
        autoComplete="off"
        spellCheck
        onChange={(event) => {
          setDraft(event.target.value)
          onChange(tidy(event.target.value) || undefined)
        }}
      />
    </div>
  )
}

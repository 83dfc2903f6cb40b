import { Trans } from '@lingui/react/macro'
import { useId, useState } from 'react'
import { useAskFirst } from '../../../ui/use-ask-first.ts'

interface Props {
  /** The button's words, such as "Delete this goal". */
  label: string
  /** A fuller name for screen readers when several such buttons share a page. */
  accessibleLabel?: string
  /** The question, such as "Delete this goal and its ratings?" */
  question: string
  /** Does the deleting; reports its own problems (it should not throw). */
  onDelete: () => Promise<void>
}

/**
 * A Delete button that asks first, with "Delete" and "Keep it" looking exactly alike so neither
 * answer is pushed on the person. The question takes focus when it appears, so it is read out,
 * and "Keep it" puts focus back on the button.
 */
export function DeleteWithConfirm({ label, accessibleLabel, question, onDelete }: Props) {
  const id = useId()
  const { asking, ask, stopAsking, questionRef, openerRef } = useAskFirst()
  const [busy, setBusy] = useState(false)

  async function confirm() {
    setBusy(true)
    await onDelete()
    setBusy(false)
  }

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button"
        aria-label={accessibleLabel}
        onClick={ask}
      >
        {label}
      </button>
    )
  }

  return (
    <div className="confirm-delete" role="group" aria-labelledby={id}>
      <p id={id} ref={questionRef} tabIndex={-1} className="confirm-delete__question">
        <Trans>{question} Once it is deleted, you can’t get it back.</Trans>
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
          <Trans>Delete</Trans>
        </button>
        <button type="button" className="button" disabled={busy} onClick={stopAsking}>
          <Trans context="Keep what would have been deleted">Keep it</Trans>
        </button>
      </div>
    </div>
  )
}

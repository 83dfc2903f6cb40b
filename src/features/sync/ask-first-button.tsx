import { useState } from 'react'
import { useAskFirst } from '../../ui/use-ask-first.ts'

interface Props {
  /** The button that opens the question, such as "Turn off sync…". */
  label: string
  question: string
  yes: string
  no: string
  /** Does the work; reports its own problems (it should not throw). */
  onYes: () => Promise<void>
}

/**
 * A button that asks before it acts, with both answers looking exactly alike so neither is
 * pushed on the person. The question takes focus when it appears, so it is read out.
 */
export function AskFirstButton({ label, question, yes, no, onYes }: Props) {
  const { asking, ask, stopAsking, questionRef, openerRef } = useAskFirst()
  const [busy, setBusy] = useState(false)

  async function answerYes() {
    setBusy(true)
    await onYes()
    setBusy(false)
    stopAsking()
  }

  if (!asking) {
    return (
      <button ref={openerRef} type="button" className="button" onClick={ask}>
        {label}
      </button>
    )
  }
  return (
    <div className="sync-question" role="group" aria-label={question}>
      <p ref={questionRef} tabIndex={-1} className="sync-question__text">
        {question}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => void (busy ? undefined : answerYes())}
        >
          {yes}
        </button>
        <button type="button" className="button" disabled={busy} onClick={stopAsking}>
          {no}
        </button>
      </div>
    </div>
  )
}

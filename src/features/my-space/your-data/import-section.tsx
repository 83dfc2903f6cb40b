import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, type RefObject } from 'react'
import { importChangesSomething, importSummaryLines } from './import-summary-words.ts'
import { useImport, type ImportState } from './use-import.ts'

export function ImportSection() {
  const { state, chooseFile, confirm, reset } = useImport()
  const inputRef = useRef<HTMLInputElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)

  // Each new result takes focus, so it is read out and the next step is right there.
  useEffect(() => {
    if (['refused', 'confirm', 'done'].includes(state.step)) resultRef.current?.focus()
  }, [state.step])

  function startAgain() {
    reset()
    if (inputRef.current) inputRef.current.value = ''
    inputRef.current?.focus()
  }

  return (
    <section className="your-data__section" aria-labelledby="import-heading">
      <h2 id="import-heading">
        <Trans>Bring back a copy</Trans>
      </h2>
      <p>
        <Trans>
          Harbour adds what is in the file to what is already on this device. If the same thing is
          in both (for example, a check-in you changed later), Harbour keeps whichever copy was
          changed most recently. Nothing on this device is deleted.
        </Trans>
      </p>
      <div className="field">
        <label htmlFor="import-file">
          <Trans>Choose a Harbour export file</Trans>
        </label>
        <p id="import-file-hint" className="hint">
          <Trans>
            It is the JSON file Harbour made when you pressed “Download everything”. Its name starts
            with “harbour-export”.
          </Trans>
        </p>
        <input
          ref={inputRef}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          disabled={state.step === 'importing'}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void chooseFile(file)
          }}
        />
      </div>
      <div role="status" className="your-data__progress">
        <Progress state={state} />
      </div>
      <ImportResult
        state={state}
        headingRef={resultRef}
        onConfirm={() => void confirm()}
        onCancel={startAgain}
      />
    </section>
  )
}

interface ResultProps {
  state: ImportState
  headingRef: RefObject<HTMLHeadingElement | null>
  onConfirm: () => void
  onCancel: () => void
}

function Progress({ state }: { state: ImportState }) {
  if (state.step === 'checking') {
    const { fileName } = state
    return <Trans>Checking “{fileName}”…</Trans>
  }
  if (state.step === 'importing') {
    const { fileName } = state
    return <Trans>Bringing back “{fileName}”…</Trans>
  }
  return null
}

function ImportResult({ state, headingRef, onConfirm, onCancel }: ResultProps) {
  const { i18n } = useLingui()
  if (state.step === 'refused') {
    const { fileName } = state
    return (
      <div className="data-result data-result--problem">
        <h3 ref={headingRef} tabIndex={-1}>
          <Trans>“{fileName}” can’t be brought back</Trans>
        </h3>
        <p>{state.words.headline}</p>
        {state.words.details.length > 0 && (
          <ul>
            {state.words.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
        <button type="button" className="button" onClick={onCancel}>
          <Trans>Choose another file</Trans>
        </button>
      </div>
    )
  }
  if (state.step === 'confirm') {
    const { fileName } = state
    const changes = importChangesSomething(state.summary)
    return (
      <div className="data-result">
        <h3 ref={headingRef} tabIndex={-1}>
          {changes ? <Trans>Here is what will change</Trans> : <Trans>Nothing would change</Trans>}
        </h3>
        {changes ? (
          <>
            <ul>
              {importSummaryLines(state.summary, 'before', i18n).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>
              <Trans>Do you want to bring back this copy?</Trans>
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={onConfirm}>
                <Trans>Bring back this copy</Trans>
              </button>
              <button type="button" className="button" onClick={onCancel}>
                <Trans>Cancel</Trans>
              </button>
            </div>
          </>
        ) : (
          <>
            <p>
              <Trans>Everything in “{fileName}” is already on this device.</Trans>
            </p>
            <button type="button" className="button" onClick={onCancel}>
              <Trans>Choose another file</Trans>
            </button>
          </>
        )}
      </div>
    )
  }
  if (state.step === 'done') {
    return (
      <div className="data-result data-result--done">
        <h3 ref={headingRef} tabIndex={-1}>
          <Trans>Done: your copy is back</Trans>
        </h3>
        <ul>
          {importSummaryLines(state.summary, 'after', i18n).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <button type="button" className="button" onClick={onCancel}>
          <Trans>Bring back another file</Trans>
        </button>
      </div>
    )
  }
  return null
}

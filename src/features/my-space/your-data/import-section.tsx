import { useEffect, useRef, type RefObject } from 'react'
import { importChangesSomething, importSummaryLines } from './import-summary-words.ts'
import { useImport, type ImportState } from './use-import.ts'

export const MERGE_RULE =
  'Harbour adds what is in the file to what is already on this device. If the same thing is in both (for example, a check-in you changed later), Harbour keeps whichever copy was changed most recently. Nothing on this device is deleted.'

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
      <h2 id="import-heading">Bring back a copy</h2>
      <p>{MERGE_RULE}</p>
      <div className="field">
        <label htmlFor="import-file">Choose a Harbour export file</label>
        <p id="import-file-hint" className="hint">
          It is the JSON file Harbour made when you pressed “Download everything”. Its name starts
          with “harbour-export”.
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
        {state.step === 'checking' && `Checking “${state.fileName}”…`}
        {state.step === 'importing' && `Bringing back “${state.fileName}”…`}
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

function ImportResult({ state, headingRef, onConfirm, onCancel }: ResultProps) {
  if (state.step === 'refused') {
    return (
      <div className="data-result data-result--problem">
        <h3 ref={headingRef} tabIndex={-1}>
          “{state.fileName}” can’t be brought back
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
          Choose another file
        </button>
      </div>
    )
  }
  if (state.step === 'confirm') {
    const changes = importChangesSomething(state.summary)
    return (
      <div className="data-result">
        <h3 ref={headingRef} tabIndex={-1}>
          {changes ? 'Here is what will change' : 'Nothing would change'}
        </h3>
        {changes ? (
          <>
            <ul>
              {importSummaryLines(state.summary, 'before').map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>Do you want to bring back this copy?</p>
            <div className="button-row">
              <button type="button" className="button" onClick={onConfirm}>
                Bring back this copy
              </button>
              <button type="button" className="button" onClick={onCancel}>
                Cancel
              </button>
            </div>
          </>
        ) : (
          <>
            <p>Everything in “{state.fileName}” is already on this device.</p>
            <button type="button" className="button" onClick={onCancel}>
              Choose another file
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
          Done: your copy is back
        </h3>
        <ul>
          {importSummaryLines(state.summary, 'after').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <button type="button" className="button" onClick={onCancel}>
          Bring back another file
        </button>
      </div>
    )
  }
  return null
}

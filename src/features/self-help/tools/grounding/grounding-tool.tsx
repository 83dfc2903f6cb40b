import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { ToolLayout } from '../tool-layout.tsx'
import { emptyAnswers, groundingSteps } from './grounding-steps.ts'

const FINISHED = groundingSteps.length

export function GroundingTool() {
  const { i18n, t } = useLingui()
  const [stepIndex, setStepIndex] = useState(0)
  // Kept in memory only, so Back shows what was written; gone when the page closes.
  const [answers, setAnswers] = useState(emptyAnswers)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  useEffect(() => {
    // After Back or Next, start the new step at its heading so it is read out. Not on first
    // load, where the page title takes focus.
    if (moved.current) headingRef.current?.focus()
  }, [stepIndex])

  function go(next: number) {
    moved.current = true
    setStepIndex(next)
  }

  function write(itemIndex: number, text: string) {
    setAnswers((current) =>
      current.map((items, index) =>
        index === stepIndex ? items.map((item, i) => (i === itemIndex ? text : item)) : items,
      ),
    )
  }

  function startAgain() {
    setAnswers(emptyAnswers())
    go(0)
  }

  const step = groundingSteps[stepIndex]
  const stepNumber = stepIndex + 1
  const stepCount = groundingSteps.length

  return (
    <ToolLayout
      slug="grounding"
      intro={
        <p>
          <Trans>
            When your thoughts are racing or you feel panicky, your senses can bring you back to
            right here, right now. Go slowly. There is no right or wrong answer.
          </Trans>
        </p>
      }
      kept={t`You can write things down if it helps, but you don't have to. Nothing you write here is saved, not even on this device. It's gone when you leave this page.`}
    >
      {step ? (
        <section className="tool-step" aria-labelledby="grounding-step-heading">
          <p className="hint">
            <Trans>
              Step {stepNumber} of {stepCount}
            </Trans>
          </p>
          <h2 id="grounding-step-heading" ref={headingRef} tabIndex={-1}>
            {i18n._(step.heading)}
          </h2>
          <p>{i18n._(step.prompt)}</p>
          <fieldset className="tool-fieldset">
            <legend>
              <Trans>Write them here if you like (you don’t have to)</Trans>
            </legend>
            {answers[stepIndex]?.map((text, itemIndex) => {
              const thingNumber = itemIndex + 1
              return (
                <div className="field" key={`${step.sense}-${itemIndex}`}>
                  <label htmlFor={`grounding-${step.sense}-${itemIndex}`}>
                    <Trans>Thing {thingNumber}</Trans>
                  </label>
                  <input
                    id={`grounding-${step.sense}-${itemIndex}`}
                    type="text"
                    autoComplete="off"
                    value={text}
                    onChange={(event) => write(itemIndex, event.target.value)}
                  />
                </div>
              )
            })}
          </fieldset>
          <div className="button-row tool-controls">
            {stepIndex > 0 && (
              <button type="button" className="button" onClick={() => go(stepIndex - 1)}>
                <Trans>Back</Trans>
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => go(stepIndex + 1)}
            >
              {stepIndex === FINISHED - 1 ? <Trans>Finish</Trans> : <Trans>Next</Trans>}
            </button>
          </div>
        </section>
      ) : (
        <section className="tool-step callout" aria-labelledby="grounding-step-heading">
          <h2 id="grounding-step-heading" ref={headingRef} tabIndex={-1}>
            <Trans>You did it</Trans>
          </h2>
          <p>
            <Trans>
              Take a slow breath in, and a long breath out. Notice how you feel now. Even a small
              change counts. You can come back and do this any time.
            </Trans>
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={startAgain}>
              <Trans>Start again</Trans>
            </button>
            <Link className="button" to="/tools/breathing">
              <Trans>Try slow breathing</Trans>
            </Link>
          </div>
        </section>
      )}
    </ToolLayout>
  )
}

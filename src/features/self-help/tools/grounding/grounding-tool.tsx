import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { ToolLayout } from '../tool-layout.tsx'
import { emptyAnswers, groundingSteps } from './grounding-steps.ts'

const FINISHED = groundingSteps.length

export function GroundingTool() {
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

  return (
    <ToolLayout
      slug="grounding"
      intro={
        <p>
          When your thoughts are racing or you feel panicky, your senses can bring you back to right
          here, right now. Go slowly. There is no right or wrong answer.
        </p>
      }
      kept="You can write things down if it helps, but you don't have to. Nothing you write here is saved, not even on this device. It's gone when you leave this page."
    >
      {step ? (
        <section className="tool-step" aria-labelledby="grounding-step-heading">
          <p className="hint">
            Step {stepIndex + 1} of {groundingSteps.length}
          </p>
          <h2 id="grounding-step-heading" ref={headingRef} tabIndex={-1}>
            {step.heading}
          </h2>
          <p>{step.prompt}</p>
          <fieldset className="tool-fieldset">
            <legend>Write them here if you like (you don&rsquo;t have to)</legend>
            {answers[stepIndex]?.map((text, itemIndex) => (
              <div className="field" key={`${step.sense}-${itemIndex}`}>
                <label htmlFor={`grounding-${step.sense}-${itemIndex}`}>
                  Thing {itemIndex + 1}
                </label>
                <input
                  id={`grounding-${step.sense}-${itemIndex}`}
                  type="text"
                  autoComplete="off"
                  value={text}
                  onChange={(event) => write(itemIndex, event.target.value)}
                />
              </div>
            ))}
          </fieldset>
          <div className="button-row tool-controls">
            {stepIndex > 0 && (
              <button type="button" className="button" onClick={() => go(stepIndex - 1)}>
                Back
              </button>
            )}
            <button
              type="button"
              className="button button--primary"
              onClick={() => go(stepIndex + 1)}
            >
              {stepIndex === FINISHED - 1 ? 'Finish' : 'Next'}
            </button>
          </div>
        </section>
      ) : (
        <section className="tool-step callout" aria-labelledby="grounding-step-heading">
          <h2 id="grounding-step-heading" ref={headingRef} tabIndex={-1}>
            You did it
          </h2>
          <p>
            Take a slow breath in, and a long breath out. Notice how you feel now. Even a small
            change counts. You can come back and do this any time.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={startAgain}>
              Start again
            </button>
            <Link className="button" to="/tools/breathing">
              Try slow breathing
            </Link>
          </div>
        </section>
      )}
    </ToolLayout>
  )
}

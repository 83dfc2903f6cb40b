import type { ReactNode, Ref } from 'react'

interface Props {
  /** Where the person is, in words: "Step 2 of 4". Read out with the heading. */
  progress: string
  headingRef: Ref<HTMLHeadingElement>
  children: ReactNode
}

/** A step's heading. It takes focus when the step opens, so the new step is announced. */
export function StepHeading({ progress, headingRef, children }: Props) {
  return (
    <h2 ref={headingRef} tabIndex={-1} className="step-heading">
      <span className="step-heading__progress">
        {progress}
        <span className="visually-hidden">: </span>
      </span>{' '}
      {children}
    </h2>
  )
}

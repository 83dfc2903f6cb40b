import { useEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { isInAppArrival } from '../lib/navigation-focus.ts'

/**
 * The page's one <h1>. After an in-app navigation it takes focus, so keyboard and screen reader
 * users start at the new page's title instead of being left on the link they pressed.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { key } = useLocation()
  useEffect(() => {
    if (isInAppArrival(key)) ref.current?.focus()
  }, [key])
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  )
}

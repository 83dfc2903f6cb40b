import { useEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { isInAppArrival } from '../lib/navigation-focus.ts'

/**
 * The page's one <h1>. After an in-app navigation to a page it takes focus, so keyboard and
 * screen reader users start at the new page's title instead of being left on the link they
 * pressed. A change to the address's query (a filter, a search) is not a new page: focus stays
 * in the field the person is using.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const { key, pathname } = useLocation()
  const keyRef = useRef(key)
  keyRef.current = key
  useEffect(() => {
    if (isInAppArrival(keyRef.current)) ref.current?.focus()
  }, [pathname])
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  )
}

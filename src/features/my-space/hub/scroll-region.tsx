import { useEffect, useRef, useState, type ReactNode } from 'react'

interface Props {
  /** The id of the table's caption, which names the region. */
  labelledBy: string
  children: ReactNode
}

/**
 * A wide table's frame on a narrow screen: it scrolls sideways, and only then can it take
 * keyboard focus, so it can be scrolled without a mouse and adds no stop when it fits.
 */
export function ScrollRegion({ labelledBy, children }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)

  useEffect(() => {
    const frame = ref.current
    if (!frame || typeof ResizeObserver === 'undefined') return
    const check = () => setScrolls(frame.scrollWidth > frame.clientWidth)
    const observer = new ResizeObserver(check)
    observer.observe(frame)
    if (frame.firstElementChild) observer.observe(frame.firstElementChild)
    check()
    return () => observer.disconnect()
  }, [])

  return (
    <div
      ref={ref}
      className="table-scroll"
      role="region"
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  )
}

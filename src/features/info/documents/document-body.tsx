import type { MouseEvent } from 'react'
import { useNavigate } from 'react-router'

/**
 * The document's HTML, compiled at build time from the project's own Markdown in docs/ (never
 * from anything a person typed). Links to other Harbour pages navigate within the app.
 */
export function DocumentBody({ html, lang }: { html: string; lang?: string | undefined }) {
  const navigate = useNavigate()
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a')
    const href = link?.getAttribute('href')
    if (!href?.startsWith('/') || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    void navigate(href)
  }
  return (
    // Clicks bubble up from the real links inside; the links themselves are keyboard-reachable.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className="document__body"
      lang={lang}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

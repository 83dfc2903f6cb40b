import type { MouseEvent } from 'react'
import { useNavigate } from 'react-router'

/**
 * The article's HTML, compiled at build time from our own Markdown in content/ (never from
 * anything a person typed). Links inside it to other Harbour pages navigate within the app.
 */
export function ArticleBody({ html }: { html: string }) {
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
      className="article-body prose"
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

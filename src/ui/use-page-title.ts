import { useEffect } from 'react'
import area from 'virtual:harbour-area'

/** Sets the browser tab's title for a page whose title comes from its data (an article, a tool). */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} – ${area.appName}`
  }, [title])
}

/**
 * Runs `task` once the page's first contentful paint is on the screen, as the browser reports it
 * (a `paint` performance entry). A frame callback alone is not enough: it fires before the frame
 * is drawn, and on a slow phone drawing takes long enough for code loaded then to compete with it.
 * Where paint entries are not reported, the task runs just after the next frame; and since a
 * background tab draws nothing, a timer makes sure the task runs there too.
 */
export function afterFirstPaint(task: () => void, fallbackMs = 1000): void {
  let done = false
  let observer: PerformanceObserver | undefined
  const run = () => {
    if (done) return
    done = true
    observer?.disconnect()
    task()
  }
  if (typeof PerformanceObserver !== 'undefined' && reportsPaint()) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(run, 0)
    })
    // Buffered: the paint may have happened before this code ran.
    observer.observe({ type: 'paint', buffered: true })
  } else {
    requestAnimationFrame(() => setTimeout(run, 0))
  }
  setTimeout(run, document.visibilityState === 'hidden' ? 0 : fallbackMs)
}

function reportsPaint(): boolean {
  return PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false
}

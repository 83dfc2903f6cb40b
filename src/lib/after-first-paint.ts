/**
 * Runs `task` once the browser has painted what is already on the page. requestAnimationFrame
 * does not fire in a background tab, so a timer makes sure the task runs there too.
 */
export function afterFirstPaint(task: () => void, fallbackMs = 200): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    task()
  }
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, fallbackMs)
}

const COVER_ID = 'quick-exit-cover'
/** How long to wait for the history to step back before leaving anyway. */
const HISTORY_STEP_TIMEOUT_MS = 400

/**
 * Hides everything at once, before the neutral site has even started to load. `label` is the
 * cover's one ordinary word ("Loading…"), in the page's language, from the caller's catalogue.
 */
export function coverPage(doc: Document = document, label = ''): void {
  doc.documentElement.classList.add('is-exiting')
  if (doc.getElementById(COVER_ID)) return
  const cover = doc.createElement('div')
  cover.id = COVER_ID
  cover.className = 'quick-exit-cover'
  cover.textContent = label
  doc.body.append(cover)
}

export function uncoverPage(doc: Document = document): void {
  doc.documentElement.classList.remove('is-exiting')
  doc.getElementById(COVER_ID)?.remove()
}

/**
 * How many in-app history entries this tab has pushed since Harbour was opened. The router keeps
 * an index in each entry's state; entries from before Harbour have none.
 */
export function harbourHistoryDepth(state: unknown): number {
  if (typeof state !== 'object' || state === null) return 0
  const idx = (state as { idx?: unknown }).idx
  return typeof idx === 'number' && Number.isInteger(idx) && idx > 0 ? idx : 0
}

/**
 * Leaves Harbour for the neutral site. Steps back to the first Harbour entry of this visit and
 * replaces it, so pressing Back afterwards does not land on a Harbour page.
 */
export function exitPage(destination: string, win: Window = window, coverLabel = ''): void {
  coverPage(win.document, coverLabel)
  const depth = harbourHistoryDepth(win.history.state)
  let left = false
  const leave = () => {
    if (left) return
    left = true
    win.location.replace(destination)
  }
  if (depth === 0) {
    leave()
    return
  }
  win.addEventListener('popstate', leave, { once: true })
  win.setTimeout(leave, HISTORY_STEP_TIMEOUT_MS)
  win.history.go(-depth)
}

/** A page restored from the back-forward cache must not stay covered. */
export function uncoverWhenRestored(win: Window = window): void {
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) uncoverPage(win.document)
  })
}

const HEADING = 'h1'

/** True when focus is nowhere, as it is once the element that had it has gone. */
function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body
}

/**
 * Once unlocked, the page behind the lock appears (its code may still be loading), and the
 * unlock form that had focus is gone. Move focus to the new page's heading as soon as it is
 * there, so keyboard and screen reader users start at the top of what they opened. If focus has
 * gone somewhere meanwhile (the person moved on), it is left there.
 */
export function focusPageHeadingSoon(): void {
  const unlockHeading = document.querySelector(HEADING)
  let tries = 0
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>(HEADING)
    const formGone = !document.body.contains(unlockHeading)
    if (formGone && !focusIsLost()) return
    if (heading && heading !== unlockHeading) heading.focus()
    else if (++tries < 40) setTimeout(attempt, 50)
  }
  setTimeout(attempt, 0)
}

/** After unlocking in place, the form is gone: start again from the top of the page. */
export function focusPageHeading(): void {
  document.querySelector<HTMLElement>(HEADING)?.focus()
}

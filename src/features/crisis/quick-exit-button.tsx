import { Trans, useLingui } from '@lingui/react/macro'
import { useCallback, type MouseEvent } from 'react'
import area from 'virtual:harbour-area'
import { exitPage } from './exit-page.ts'
import { PRESSES_TO_EXIT } from './shift-press-counter.ts'
import { useQuickExitShortcut } from './use-quick-exit-shortcut.ts'

/**
 * The quick exit control. It is a real link to the neutral site, so it works before JavaScript
 * has loaded; with JavaScript it also covers the page and tidies the history on the way out.
 */
export function QuickExitButton() {
  const { t } = useLingui()
  const loading = t`Loading…`
  const leave = useCallback(() => exitPage(area.quickExitUrl, window, loading), [loading])
  const { presses, announcement } = useQuickExitShortcut(leave)

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey) return
    event.preventDefault()
    leave()
  }

  return (
    <>
      <a
        className="quick-exit"
        href={area.quickExitUrl}
        rel="nofollow noreferrer"
        onClick={onClick}
        data-presses={presses}
        aria-describedby="quick-exit-hint"
      >
        <Trans>Quick exit</Trans>
        <span className="quick-exit__presses" aria-hidden="true">
          {Array.from({ length: PRESSES_TO_EXIT }, (_, i) => (
            <span key={i} className={i < presses ? 'is-pressed' : undefined} />
          ))}
        </span>
      </a>
      <span id="quick-exit-hint" className="visually-hidden">
        <Trans>Leaves Harbour straight away. You can also press Shift 3 times.</Trans>
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </>
  )
}

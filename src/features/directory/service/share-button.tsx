import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState } from 'react'
import { useHydrated } from '../../../ui/use-hydrated.ts'

interface Props {
  /** What is shared, e.g. the service's name. */
  title: string
  /** The page's path and query on this site; the link carries nothing else. */
  path: string
  /** The button's words when the device has its own share sheet. */
  label?: string
  /** Its words when it can only copy the link. */
  copyLabel?: string
}

/**
 * Share through the device's own share sheet, or copy the link. Hidden until the page is live:
 * a button that cannot work is worse than none.
 */
export function ShareButton({ title, path, label, copyLabel }: Props) {
  const { t } = useLingui()
  const hydrated = useHydrated()
  const [message, setMessage] = useState('')
  const [manualLink, setManualLink] = useState<string>()
  const fieldId = useId()
  if (!hydrated) return null

  const url = new URL(path, window.location.origin).href
  const canShare = typeof navigator.share === 'function'

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setManualLink(undefined)
      setMessage(t`Link copied. You can paste it into a message.`)
    } catch {
      // Some browsers block the clipboard: the link is still there to copy by hand.
      setManualLink(url)
      setMessage(t`We could not copy the link. You can copy it from the box below.`)
    }
  }

  async function share() {
    setMessage('')
    if (canShare) {
      try {
        await navigator.share({ title, url })
        return
      } catch (error) {
        // Closing the share sheet is a choice, not a problem.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    await copy()
  }

  return (
    <div className="share-button">
      <button type="button" className="button" onClick={() => void share()}>
        {canShare ? (label ?? t`Share`) : (copyLabel ?? t`Copy link`)}
      </button>
      <p role="status" className="share-button__status">
        {message}
      </p>
      {manualLink && (
        <div className="field">
          <label htmlFor={fieldId}>
            <Trans>Link to share</Trans>
          </label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={manualLink}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </div>
  )
}

import { useLingui } from '@lingui/react'
import type { OpeningStatus } from '../opening-hours/opening-status.ts'
import { HOURS_NOT_LISTED, openStateText } from './open-state-text.ts'

interface Props {
  /** Undefined until the page is live: the prerendered page says nothing that depends on time. */
  status: OpeningStatus | undefined
  hasHours: boolean
  /** What to say before the page is live when the service lists hours. */
  pendingText?: string
  className?: string
}

/** "Open now, closes 17:00", in words with a shape beside them, never colour alone. */
export function OpenState({ status, hasHours, pendingText, className }: Props) {
  const { i18n } = useLingui()
  const classes = (tone: string) =>
    ['open-state', `open-state--${tone}`, className].filter(Boolean).join(' ')
  if (status === undefined) {
    if (hasHours) return pendingText ? <p className={classes('pending')}>{pendingText}</p> : null
    return <p className={classes('unknown')}>{i18n._(HOURS_NOT_LISTED)}</p>
  }
  const { tone, text } = openStateText(status, i18n)
  return <p className={classes(tone)}>{text}</p>
}

import { Trans, useLingui } from '@lingui/react/macro'
import { formatMonth } from './format-date.ts'
import { addMonths, type MonthKey } from './local-day.ts'
import { useLocale } from './use-locale.ts'

interface Props {
  month: MonthKey
  /** The month today is in: nothing after it to show. */
  current: MonthKey
  onChange: (month: MonthKey) => void
}

/** Month to month. The month's name is a live region, so the change is heard as well as seen. */
export function MonthNavigation({ month, current, onChange }: Props) {
  const previous = addMonths(month, -1)
  const next = addMonths(month, 1)
  const atLatest = month >= current
  const { t } = useLingui()
  const locale = useLocale()
  const previousName = formatMonth(previous, locale)
  const nextName = formatMonth(next, locale)
  const currentName = formatMonth(current, locale)
  return (
    <div className="month-nav">
      <div className="month-nav__bar">
        <button
          type="button"
          className="button"
          aria-label={t`Previous month: ${previousName}`}
          onClick={() => onChange(previous)}
        >
          <span aria-hidden="true">‹&nbsp;</span>
          {previousName}
        </button>
        <h3 className="month-nav__title" aria-live="polite">
          {formatMonth(month, locale)}
        </h3>
        {/* aria-disabled rather than disabled, so focus is not lost from a button that stops. */}
        <button
          type="button"
          className="button"
          aria-label={t`Next month: ${nextName}`}
          aria-disabled={atLatest}
          onClick={() => {
            if (!atLatest) onChange(next)
          }}
        >
          {nextName}
          <span aria-hidden="true">&nbsp;›</span>
        </button>
      </div>
      {month !== current && (
        <button type="button" className="button month-nav__now" onClick={() => onChange(current)}>
          <Trans>Go to {currentName}</Trans>
        </button>
      )}
    </div>
  )
}

import { useLingui } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import { unlockPath } from './lock-paths.ts'
import './lock.css'

/**
 * A short note where something personal would show outside My space (an article's Save button,
 * a plan in a check-in): it is locked, and a link to unlock that comes back here afterwards.
 */
export function LockedNote({
  children,
  linkText,
  to,
}: {
  children: ReactNode
  linkText?: string
  /** Where the link goes; by default the unlock page, coming back here. */
  to?: string
}) {
  const { pathname, search } = useLocation()
  const { t } = useLingui()
  return (
    <div className="lock-note">
      <p>{children}</p>
      <p>
        <Link to={to ?? unlockPath(`${pathname}${search}`)}>{linkText ?? t`Unlock My space`}</Link>
      </p>
    </div>
  )
}

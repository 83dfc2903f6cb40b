import { Trans, useLingui } from '@lingui/react/macro'
import { useId } from 'react'
import { Link } from 'react-router'
import type { CheckInRow } from '../../../db/rows.ts'
import { moodLabel } from '../../check-ins/check-in-options.ts'
import { feelingsText, happeningsText } from './check-in-labels.ts'
import { formatCheckInTime, formatMonth } from './format-date.ts'
import type { MonthKey } from './local-day.ts'
import { MoodShape } from './mood-shape.tsx'
import { useLocale } from './use-locale.ts'
import { ScrollRegion } from '../hub/scroll-region.tsx'

function Empty() {
  return (
    <span className="check-in-table__none">
      <Trans>None</Trans>
    </span>
  )
}

interface Props {
  month: MonthKey
  checkIns: readonly CheckInRow[]
}

/**
 * One month of check-ins in full: the calendar's and trend's accessible equivalent, and a plain
 * list for anyone who prefers one. A month at a time keeps even ten years quick to show.
 */
export function CheckInTable({ month, checkIns }: Props) {
  const id = useId()
  const locale = useLocale()
  const { i18n } = useLingui()
  const monthName = formatMonth(month, locale)
  if (checkIns.length === 0) {
    return (
      <p>
        <Trans>No check-ins in {monthName}.</Trans>
      </p>
    )
  }
  return (
    <ScrollRegion labelledBy={id}>
      <table className="data-table check-in-table">
        <caption id={id}>
          <Trans>Your check-ins in {monthName}</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>When</Trans>
            </th>
            <th scope="col">
              <Trans>Mood</Trans>
            </th>
            <th scope="col">
              <Trans>Feelings</Trans>
            </th>
            <th scope="col">
              <Trans>What was going on</Trans>
            </th>
            <th scope="col">
              <Trans>Note</Trans>
            </th>
            <th scope="col">
              <Trans>Change</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((checkIn) => {
            const when = formatCheckInTime(checkIn.at, locale)
            return (
              <tr key={checkIn.id}>
                <th scope="row">{when}</th>
                <td>
                  <span className="check-in-table__mood">
                    <MoodShape mood={checkIn.mood} />
                    {moodLabel(checkIn.mood, i18n)}
                  </span>
                </td>
                <td>
                  {checkIn.feelings.length > 0 ? feelingsText(checkIn.feelings, i18n) : <Empty />}
                </td>
                <td>
                  {checkIn.happenings.length > 0 ? (
                    happeningsText(checkIn.happenings, i18n)
                  ) : (
                    <Empty />
                  )}
                </td>
                <td className="check-in-table__note">{checkIn.note || <Empty />}</td>
                <td>
                  <Link to={`/my-space/history/${checkIn.id}`}>
                    <Trans>
                      Change or delete<span className="visually-hidden">: {when}</span>
                    </Trans>
                  </Link>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

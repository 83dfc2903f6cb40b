import { useId } from 'react'
import { Link } from 'react-router'
import type { CheckInRow } from '../../../db/rows.ts'
import { moodLabel } from '../../check-ins/check-in-options.ts'
import { feelingsText, happeningsText } from './check-in-labels.ts'
import { formatCheckInTime, formatMonth } from './format-date.ts'
import type { MonthKey } from './local-day.ts'
import { MoodShape } from './mood-shape.tsx'
import { ScrollRegion } from '../hub/scroll-region.tsx'

function Empty() {
  return <span className="check-in-table__none">None</span>
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
  if (checkIns.length === 0) return <p>No check-ins in {formatMonth(month)}.</p>
  return (
    <ScrollRegion labelledBy={id}>
      <table className="data-table check-in-table">
        <caption id={id}>Your check-ins in {formatMonth(month)}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Mood</th>
            <th scope="col">Feelings</th>
            <th scope="col">What was going on</th>
            <th scope="col">Note</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((checkIn) => {
            const when = formatCheckInTime(checkIn.at)
            return (
              <tr key={checkIn.id}>
                <th scope="row">{when}</th>
                <td>
                  <span className="check-in-table__mood">
                    <MoodShape mood={checkIn.mood} />
                    {moodLabel(checkIn.mood)}
                  </span>
                </td>
                <td>{checkIn.feelings.length > 0 ? feelingsText(checkIn.feelings) : <Empty />}</td>
                <td>
                  {checkIn.happenings.length > 0 ? happeningsText(checkIn.happenings) : <Empty />}
                </td>
                <td className="check-in-table__note">{checkIn.note || <Empty />}</td>
                <td>
                  <Link to={`/my-space/history/${checkIn.id}`}>
                    Change or delete<span className="visually-hidden">: {when}</span>
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

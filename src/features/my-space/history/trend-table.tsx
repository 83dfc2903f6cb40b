import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState } from 'react'
import { formatDay } from './format-date.ts'
import { moodWord } from './mood-words.ts'
import { trendSpan, trendUnit, type TrendBucket, type TrendRange } from './trend.ts'
import { useLocale } from './use-locale.ts'
import { ScrollRegion } from '../hub/scroll-region.tsx'

interface Props {
  buckets: readonly TrendBucket[]
  range: TrendRange
}

/** "Good (3.8 out of 5)": the nearest mood's word, then the number for anyone who wants it. */
function AverageMood({ average }: { average: number }) {
  const { i18n } = useLingui()
  const word = moodWord(average, i18n)
  const score = average.toFixed(1)
  return (
    <Trans>
      {word} ({score} out of 5)
    </Trans>
  )
}

/** The trend's points as a table, drawn only when opened (a year of weeks is 52 rows). */
export function TrendTable({ buckets, range }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const unit = trendUnit(range)
  const { i18n } = useLingui()
  const locale = useLocale()
  const span = trendSpan(range, i18n)
  const filled = buckets.filter((bucket) => bucket.average !== null)
  return (
    <details className="my-space-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <Trans>Show this as a table</Trans>
      </summary>
      {open &&
        (filled.length === 0 ? (
          <p>
            <Trans>No check-ins in {span}.</Trans>
          </p>
        ) : (
          <ScrollRegion labelledBy={id}>
            <table className="data-table">
              <caption id={id}>
                {unit === 'day' ? (
                  <Trans>
                    Your mood day by day over {span}. Only days with a check-in are listed.
                  </Trans>
                ) : (
                  <Trans>
                    Your mood week by week over {span}. Only weeks with a check-in are listed.
                  </Trans>
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {unit === 'day' ? <Trans>Day</Trans> : <Trans>Week starting</Trans>}
                  </th>
                  <th scope="col">
                    <Trans>Average mood</Trans>
                  </th>
                </tr>
              </thead>
              <tbody>
                {filled.map((bucket) => (
                  <tr key={bucket.start}>
                    <th scope="row">{formatDay(bucket.start, locale)}</th>
                    <td>
                      <AverageMood average={bucket.average ?? 0} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </details>
  )
}

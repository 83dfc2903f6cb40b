import type { I18n } from '@lingui/core'
import { Trans, useLingui } from '@lingui/react/macro'
import { useMemo, useState } from 'react'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import { LineChart } from '../../../ui/chart/line-chart.tsx'
import type { DayMoods } from './day-moods.ts'
import { trendAxisLabels } from './trend-axis.ts'
import { trendSummary } from './history-summaries.ts'
import type { DayKey } from './local-day.ts'
import { MoodKey } from './mood-key.tsx'
import { MoodShape } from './mood-shape.tsx'
import { moodsBestFirst } from './mood-words.ts'
import { trendBuckets, trendRanges, trendUnit, type TrendRange } from './trend.ts'
import { TrendTable } from './trend-table.tsx'
import { useLocale } from './use-locale.ts'

function moodLevels(i18n: I18n) {
  return moodsBestFirst.map((mood) => ({
    value: mood.value,
    label: (
      <>
        <span className="line-chart__level-text">{i18n._(mood.label)}</span>
        <MoodShape mood={mood.value} />
      </>
    ),
  }))
}

interface Props {
  days: DayMoods
  today: DayKey
}

/** The trend line over 4 weeks, 3 months or 12 months, with its numbers as a table. */
export function TrendSection({ days, today }: Props) {
  const [range, setRange] = useState<TrendRange>('4w')
  const buckets = useMemo(() => trendBuckets(days, range, today), [days, range, today])
  const unit = trendUnit(range)
  const { t, i18n } = useLingui()
  const locale = useLocale()
  const rangeOptions = trendRanges.map((option) => ({
    value: option.value,
    label: i18n._(option.label),
  }))
  return (
    <section className="history-section" aria-labelledby="history-trend">
      <h2 id="history-trend">
        <Trans>How things have been</Trans>
      </h2>
      <ChoiceGroup
        legend={t`Show the last`}
        options={rangeOptions}
        value={range}
        onChange={setRange}
        className="range-switch"
      />
      <LineChart
        summary={trendSummary(buckets, range, i18n)}
        values={buckets.map((bucket) => bucket.average)}
        levels={moodLevels(i18n)}
        axisLabels={trendAxisLabels(buckets, range, locale)}
        className="history-trend"
      />
      <MoodKey />
      <p className="hint">
        {unit === 'day'
          ? t`Each point is one day: the average of that day’s check-ins. A gap is a day with no check-in.`
          : t`Each point is one week, Monday to Sunday: the average of its days. A gap is a week with no check-in.`}
      </p>
      <TrendTable buckets={buckets} range={range} />
    </section>
  )
}

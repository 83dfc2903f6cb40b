import type { ReactNode } from 'react'
import { chartRuns, dotsPath, levelY, linePath, type ChartLevel } from './chart-geometry.ts'
import './chart.css'

interface Props {
  /** What the chart shows, in words: its accessible name. Pair the chart with a table too. */
  summary: string
  /** Evenly spaced, oldest first; null is a gap, drawn as a break in the line. */
  values: readonly (number | null)[]
  /**
   * The scale's marks, highest first and evenly spaced, each labelled. Words in a label that may
   * be dropped on a narrow screen (a picture beside them still says it) go in a
   * `line-chart__level-text` span.
   */
  levels: readonly ChartLevel<ReactNode>[]
  /** Labels under the line, spread from its start to its end (a few: first, middle, last). */
  axisLabels: readonly string[]
  className?: string
}

/**
 * A small line chart in plain SVG, for a trend over time. Labels are HTML beside and below the
 * drawing, so they reflow and grow with the person's text size instead of shrinking with it.
 */
export function LineChart({ summary, values, levels, axisLabels, className }: Props) {
  const runs = chartRuns(values, levels)
  return (
    <div role="img" aria-label={summary} className={`line-chart ${className ?? ''}`.trim()}>
      <div className="line-chart__frame">
        <div className="line-chart__levels">
          {levels.map((level) => (
            <span key={level.value} className="line-chart__level">
              {level.label}
            </span>
          ))}
        </div>
        <svg
          className="line-chart__plot"
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          focusable="false"
          aria-hidden="true"
        >
          {levels.map((level) => {
            const y = levelY(level.value, levels)
            return (
              <line
                key={level.value}
                className="line-chart__grid"
                x1={0}
                x2={100}
                y1={y}
                y2={y}
                vectorEffect="non-scaling-stroke"
              />
            )
          })}
          {runs.map((run) => (
            <path
              key={`${run[0]?.x}`}
              className="line-chart__line"
              d={linePath(run)}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          <path className="line-chart__dots" d={dotsPath(runs)} vectorEffect="non-scaling-stroke" />
        </svg>
        <div className="line-chart__axis">
          {axisLabels.map((label, index) => (
            <span key={index}>{label}</span>
          ))}
        </div>
      </div>
    </div>
  )
}

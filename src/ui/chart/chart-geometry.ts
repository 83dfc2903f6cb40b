/**
 * The arithmetic behind LineChart, with no React: where each point sits in a 100 × 100 box that
 * the chart stretches to its size. Points are evenly spaced, each centred in its own slot, so the
 * first and last are never cut in half at the edges.
 */

export interface ChartLevel<Label = string> {
  value: number
  label: Label
}

const round = (n: number) => Math.round(n * 100) / 100

/** Across, 0 to 100: the middle of slot `index` of `count`. */
export function slotX(index: number, count: number): number {
  return round(((index + 0.5) / count) * 100)
}

/**
 * Down, 0 to 100. The levels (highest first, evenly spaced) each get an equal band with the
 * level's value at its middle, which is where the chart writes the level's label.
 */
export function levelY(value: number, levels: readonly ChartLevel<unknown>[]): number {
  const top = levels[0]?.value ?? 1
  const bottom = levels.at(-1)?.value ?? 0
  const bands = levels.length
  if (bands < 2 || top === bottom) return 50
  const fromTop = ((top - value) / (top - bottom)) * (bands - 1)
  return round(((fromTop + 0.5) / bands) * 100)
}

export interface ChartPoint {
  x: number
  y: number
}

/** Runs of points with no gap between them: a line joins each run, never across a gap. */
export function chartRuns(
  values: readonly (number | null)[],
  levels: readonly ChartLevel<unknown>[],
): ChartPoint[][] {
  const runs: ChartPoint[][] = []
  let run: ChartPoint[] = []
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) runs.push(run)
      run = []
      return
    }
    run.push({ x: slotX(index, values.length), y: levelY(value, levels) })
  })
  if (run.length > 0) runs.push(run)
  return runs
}

export function linePath(run: readonly ChartPoint[]): string {
  return run.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ')
}

/**
 * Every point as a dot, in one path. Each dot is a tiny stroke with round ends: in a stretched
 * box a circle would turn into an oval, but a stroke that keeps its width stays round.
 */
export function dotsPath(runs: readonly ChartPoint[][]): string {
  return (
    runs
      .flat()
      // eslint-disable-next-line lingui/no-unlocalized-strings -- SVG path data, not words
      .map((point) => `M${point.x} ${point.y}h0.01`)
      .join(' ')
  )
}

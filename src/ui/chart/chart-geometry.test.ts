import { describe, expect, it } from 'vitest'
import { chartRuns, dotsPath, levelY, linePath, slotX } from './chart-geometry.ts'

const moodLevels = [5, 4, 3, 2, 1].map((value) => ({ value, label: String(value) }))
const goalLevels = [10, 5, 0].map((value) => ({ value, label: String(value) }))

describe('chart geometry', () => {
  it('centres each point in its own slot', () => {
    expect(slotX(0, 4)).toBe(12.5)
    expect(slotX(3, 4)).toBe(87.5)
    expect(slotX(0, 1)).toBe(50)
  })

  it('puts each level in the middle of its band, highest at the top', () => {
    expect(moodLevels.map((level) => levelY(level.value, moodLevels))).toEqual([10, 30, 50, 70, 90])
    expect(levelY(3.5, moodLevels)).toBe(40)
    expect(goalLevels.map((level) => levelY(level.value, goalLevels))).toEqual([16.67, 50, 83.33])
    expect(levelY(7, goalLevels)).toBe(36.67)
    expect(levelY(3, [{ value: 3, label: '3' }])).toBe(50)
  })

  it('breaks the line at every gap and never joins across one', () => {
    const runs = chartRuns([1, 2, null, null, 5, null, 3], moodLevels)
    expect(runs.map((run) => run.length)).toEqual([2, 1, 1])
    expect(linePath(runs[0]!)).toBe('M7.14 90 L21.43 70')
    expect(chartRuns([null, null], moodLevels)).toEqual([])
  })

  it('draws a dot for every point, lone points included', () => {
    const runs = chartRuns([5, null, 1], moodLevels)
    expect(dotsPath(runs)).toBe('M16.67 10h0.01 M83.33 90h0.01')
  })
})

/**
 * Marks for the history benchmark: when the data arrived, and how long the charts then took to
 * draw. `npm run bench` reads the measure; it costs nothing when nobody reads it.
 */
export const HISTORY_DATA_MARK = 'harbour:history-data'
export const HISTORY_RENDER_MEASURE = 'harbour:history-render'

export function markHistoryData(): void {
  performance.clearMarks(HISTORY_DATA_MARK)
  performance.mark(HISTORY_DATA_MARK)
}

export function measureHistoryRender(): void {
  if (performance.getEntriesByName(HISTORY_DATA_MARK, 'mark').length === 0) return
  performance.clearMeasures(HISTORY_RENDER_MEASURE)
  performance.measure(HISTORY_RENDER_MEASURE, HISTORY_DATA_MARK)
}

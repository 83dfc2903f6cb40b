/* eslint-disable lingui/no-unlocalized-strings -- programming errors, never shown to people */
/**
 * Matches in score order, highest first, keeping the order they came in among equal scores.
 * Matches come in A to Z (the index's order), so that settles ties by name with no comparing of
 * names. A stable radix sort on whole-number scores does it in a few passes over plain arrays,
 * several times faster than a comparison sort of 10,000 results.
 */

const BITS = 11
const BUCKETS = 1 << BITS
const MASK = BUCKETS - 1
/** Scores must be whole numbers below this (two passes of 11 bits). */
export const MAX_SCORE_LEVELS = 2 ** (2 * BITS)

/** Working space for `byScore`, kept between searches so each does not allocate its own. */
export interface SortSpace {
  keys: Uint32Array
  order: Uint32Array
  nextKeys: Uint32Array
  nextOrder: Uint32Array
}

export function sortSpace(size: number): SortSpace {
  return {
    keys: new Uint32Array(size),
    order: new Uint32Array(size),
    nextKeys: new Uint32Array(size),
    nextOrder: new Uint32Array(size),
  }
}

/**
 * `scores[i]` (a whole number below `levels`) belongs to `positions[i]`, for the first `count`.
 * Gives back the positions and scores reordered, best first: views into `space`, good until
 * the next sort in the same space.
 */
export function byScore(
  scores: Uint32Array,
  positions: Uint32Array,
  count: number,
  levels: number,
  space: SortSpace = sortSpace(count),
): { positions: Uint32Array; scores: Uint32Array } {
  if (levels > MAX_SCORE_LEVELS) throw new RangeError(`Scores must be below ${MAX_SCORE_LEVELS}`)
  if (space.keys.length < count) throw new RangeError('The sort space is too small')
  let { keys, order, nextKeys, nextOrder } = space
  // Sorting "how far below the best" upwards puts the best first and keeps ties stable.
  for (let at = 0; at < count; at++) {
    keys[at] = levels - 1 - (scores[at] as number)
    order[at] = positions[at] as number
  }
  const starts = new Uint32Array(BUCKETS)
  for (let shift = 0; shift < 2 * BITS && (levels - 1) >>> shift > 0; shift += BITS) {
    starts.fill(0)
    for (let at = 0; at < count; at++) starts[((keys[at] as number) >>> shift) & MASK]! += 1
    let total = 0
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const size = starts[bucket] as number
      starts[bucket] = total
      total += size
    }
    for (let at = 0; at < count; at++) {
      const key = keys[at] as number
      const to = starts[(key >>> shift) & MASK]!++
      nextKeys[to] = key
      nextOrder[to] = order[at] as number
    }
    ;[keys, nextKeys] = [nextKeys, keys]
    ;[order, nextOrder] = [nextOrder, order]
  }
  for (let at = 0; at < count; at++) keys[at] = levels - 1 - (keys[at] as number)
  return { positions: order.subarray(0, count), scores: keys.subarray(0, count) }
}

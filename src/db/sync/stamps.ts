/**
 * Hybrid logical clock stamps. A stamp reads as wall-clock milliseconds, a counter and the node
 * that made it, each at a fixed width, so plain string comparison orders stamps: later time
 * first, then the counter, then the node as a tie-break. Two writes never share a stamp, because
 * every tab (a node) draws its own random name.
 */
export type Stamp = string

const WALL_WIDTH = 9 // base 36: milliseconds until the year 5138
const COUNTER_WIDTH = 4
const NODE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789'
const NODE_LENGTH = 10

const STAMP_PATTERN = new RegExp(
  `^[0-9a-z]{${WALL_WIDTH}}:[0-9a-z]{${COUNTER_WIDTH}}:[0-9a-z]{1,16}$`,
)

export function isStamp(value: unknown): value is Stamp {
  return typeof value === 'string' && STAMP_PATTERN.test(value)
}

export function randomNode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NODE_LENGTH))
  return Array.from(bytes, (byte) => NODE_CHARS[byte % NODE_CHARS.length]).join('')
}

/** The wall-clock milliseconds a stamp was made at. */
export function stampTime(stamp: Stamp): number {
  return parseInt(stamp.slice(0, WALL_WIDTH), 36)
}

export function laterStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return a > b ? a : b
}

function format(wall: number, counter: number, node: string): Stamp {
  return [
    wall.toString(36).padStart(WALL_WIDTH, '0'),
    counter.toString(36).padStart(COUNTER_WIDTH, '0'),
    node,
  ].join(':')
}

const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1

/**
 * One node's clock. It never goes backwards and never falls behind anything it has seen (another
 * device's stamps, the server's time), so a phone whose clock is a day slow still stamps its new
 * changes after the ones it has already received.
 */
export class HybridClock {
  private wall = 0
  private counter = 0

  constructor(
    readonly node: string = randomNode(),
    private readonly now: () => number = Date.now,
  ) {}

  stamp(): Stamp {
    const physical = this.now()
    if (physical > this.wall) {
      this.wall = physical
      this.counter = 0
    } else if (this.counter < MAX_COUNTER) {
      this.counter += 1
    } else {
      // Sixty thousand stamps within one millisecond: borrow the next millisecond.
      this.wall += 1
      this.counter = 0
    }
    return format(this.wall, this.counter, this.node)
  }

  /**
   * Moves the clock up to a stamp or a time seen elsewhere; never down. Within the same
   * millisecond the counter moves up too, so the next stamp here sorts after the one seen.
   */
  observe(seen: Stamp | number): void {
    const wall = typeof seen === 'number' ? seen : stampTime(seen)
    if (!Number.isFinite(wall)) return
    const counter = typeof seen === 'number' ? 0 : parseInt(seen.split(':')[1] ?? '0', 36)
    if (wall > this.wall) {
      this.wall = wall
      this.counter = counter
    } else if (wall === this.wall && counter > this.counter) {
      this.counter = counter
    }
  }
}

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Whole seconds until the window ends and the count starts again. */
  resetSeconds: number
}

interface Window {
  count: number
  endsAt: number
}

/**
 * Counts requests per key in fixed windows, in this process's memory only: several server
 * processes each keep their own counts, so the limits hold per process (documented in
 * docs/adr/0006-sync-server.md). Memory is bounded: ended windows are swept once per window,
 * and past `maxKeys` the oldest windows are dropped (which can only let a request through).
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>()
  private nextSweep: number

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.nextSweep = now() + windowMs
  }

  /** Counts one request for `key` and says whether it may go ahead. */
  take(key: string): RateDecision {
    const window = this.current(key)
    const allowed = window.count < this.limit
    if (allowed) window.count += 1
    return this.decision(window, allowed)
  }

  /** Says whether one more request would be allowed, without counting it. */
  check(key: string): RateDecision {
    const window = this.windows.get(key)
    if (!window || window.endsAt <= this.now()) {
      return {
        allowed: this.limit > 0,
        limit: this.limit,
        remaining: this.limit,
        resetSeconds: Math.ceil(this.windowMs / 1000),
      }
    }
    return this.decision(window, window.count < this.limit)
  }

  get size(): number {
    return this.windows.size
  }

  private current(key: string): Window {
    const now = this.now()
    if (now >= this.nextSweep) this.sweep(now)
    let window = this.windows.get(key)
    if (!window || window.endsAt <= now) {
      this.windows.delete(key)
      window = { count: 0, endsAt: now + this.windowMs }
      this.windows.set(key, window)
      while (this.windows.size > this.maxKeys) {
        const oldest = this.windows.keys().next().value
        if (oldest === undefined) break
        this.windows.delete(oldest)
      }
    }
    return window
  }

  private decision(window: Window, allowed: boolean): RateDecision {
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds: Math.max(1, Math.ceil((window.endsAt - this.now()) / 1000)),
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now) this.windows.delete(key)
    }
    this.nextSweep = now + this.windowMs
  }
}

/** The RateLimit-* headers (IETF httpapi draft) for a decision, and Retry-After when refused. */
export function rateLimitHeaders(decision: RateDecision, windowMs: number) {
  const headers: Record<string, string> = {
    'ratelimit-policy': `${decision.limit};w=${Math.round(windowMs / 1000)}`,
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetSeconds),
  }
  if (!decision.allowed) headers['retry-after'] = String(decision.resetSeconds)
  return headers
}

/**
 * Paced breathing as plain arithmetic: given how long someone has been breathing, which part of
 * the breath they are in. No timers or React here, so the timing can be tested exactly.
 */
export type BreathPhase = 'in' | 'hold' | 'out'

export interface BreathStep {
  phase: BreathPhase
  /** Whole seconds, so every change of step falls on a whole second of the clock. */
  seconds: number
}

export interface BreathingPace {
  id: 'gentle' | 'slow'
  steps: readonly BreathStep[]
}

// Breathing out for longer than in is the part that helps the body settle. The gentle pace
// suits someone who feels short of breath; the slower one adds a short, soft hold.
export const paces: readonly BreathingPace[] = [
  {
    id: 'gentle',
    steps: [
      { phase: 'in', seconds: 3 },
      { phase: 'out', seconds: 5 },
    ],
  },
  {
    id: 'slow',
    steps: [
      { phase: 'in', seconds: 4 },
      { phase: 'hold', seconds: 2 },
      { phase: 'out', seconds: 6 },
    ],
  },
]

export function findPace(id: BreathingPace['id']): BreathingPace {
  const pace = paces.find((candidate) => candidate.id === id)
  if (!pace) throw new Error(`Unknown breathing pace: ${id}`)
  return pace
}

/** Seconds in one whole breath. */
export function breathSeconds(pace: BreathingPace): number {
  return pace.steps.reduce((total, step) => total + step.seconds, 0)
}

/** Whole breaths that fit a number of minutes (at least one), so a session never ends mid-breath. */
export function breathsFor(pace: BreathingPace, minutes: number): number {
  return Math.max(1, Math.round((minutes * 60) / breathSeconds(pace)))
}

export function sessionMs(pace: BreathingPace, breaths: number): number {
  return breathSeconds(pace) * breaths * 1000
}

export type BreathingMoment =
  | {
      done: false
      /** 1-based: which breath of the session. */
      breath: number
      stepIndex: number
      phase: BreathPhase
      /** 1-based: the number to show, counting up through the step. */
      count: number
      stepSeconds: number
    }
  | { done: true }

export function momentAt(elapsedMs: number, pace: BreathingPace, breaths: number): BreathingMoment {
  if (elapsedMs >= sessionMs(pace, breaths)) return { done: true }
  const elapsed = Math.max(0, elapsedMs)
  const breathMs = breathSeconds(pace) * 1000
  let intoBreath = elapsed % breathMs
  for (const [stepIndex, step] of pace.steps.entries()) {
    const stepMs = step.seconds * 1000
    if (intoBreath < stepMs) {
      return {
        done: false,
        breath: Math.floor(elapsed / breathMs) + 1,
        stepIndex,
        phase: step.phase,
        count: Math.floor(intoBreath / 1000) + 1,
        stepSeconds: step.seconds,
      }
    }
    intoBreath -= stepMs
  }
  throw new Error('A breathing pace must have steps that add up to the breath')
}

/** How long until the number on screen next changes. */
export function msUntilNextCount(elapsedMs: number): number {
  return 1000 - (Math.max(0, elapsedMs) % 1000)
}

/**
 * A stopwatch that can be paused: `banked` is the time run before the last start, `since` when
 * it last started (undefined while paused). Pure, so pausing can be tested without waiting.
 */
export interface Stopwatch {
  banked: number
  since: number | undefined
}

export const stoppedWatch: Stopwatch = { banked: 0, since: undefined }

export function startWatch(now: number): Stopwatch {
  return { banked: 0, since: now }
}

export function elapsedOn(watch: Stopwatch, now: number): number {
  return watch.banked + (watch.since === undefined ? 0 : now - watch.since)
}

export function pauseWatch(watch: Stopwatch, now: number): Stopwatch {
  return { banked: elapsedOn(watch, now), since: undefined }
}

export function resumeWatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.since === undefined ? { banked: watch.banked, since: now } : watch
}

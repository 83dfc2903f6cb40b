/*
 * What the Settings screen asks of sync. Implemented in sync-runner.ts; see the docs there.
 */
export type JoinProblem =
  | 'empty'
  | 'length'
  | 'characters'
  | 'typo'
  /** A well-formed key that no synced data on the server belongs to. */
  | 'no-match'
  | 'offline'
  | 'server'
  | 'locked'

export type JoinOutcome = { ok: true } | { ok: false; problem: JoinProblem }

export type ServerOutcome = { ok: true } | { ok: false; problem: 'offline' | 'server' | 'locked' }

export type TurnOnOutcome =
  { ok: true; recoveryKey: string } | { ok: false; problem: 'offline' | 'server' | 'locked' }

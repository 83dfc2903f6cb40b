import { RECOVERY_KEY_LENGTH } from './engine/recovery-key.ts'
import type { JoinProblem, ServerOutcome, TurnOnOutcome } from './engine/sync-controller.ts'

type ServerProblem = Extract<ServerOutcome, { ok: false }>['problem']
type TurnOnProblem = Extract<TurnOnOutcome, { ok: false }>['problem']

const NOTHING_CHANGED = 'Nothing on this device was changed.'

/** A problem with the key as typed, shown beside the field. */
export type KeyProblem = Exclude<JoinProblem, 'offline' | 'server' | 'locked'>

export function keyProblemWords(problem: KeyProblem, typedLength: number): string {
  switch (problem) {
    case 'empty':
      return 'Type or paste your recovery key.'
    case 'length':
      return `A recovery key has ${RECOVERY_KEY_LENGTH} letters and numbers, and this has ${typedLength}. Check nothing is missing or extra.`
    case 'characters':
      return 'A recovery key only has letters and numbers. Check for anything else, like a symbol.'
    case 'typo':
      return 'This key doesn’t look quite right: a letter or number may be different. Check it against your saved key.'
    case 'no-match':
      return `This key doesn’t match any synced data. ${NOTHING_CHANGED}`
  }
}

export function isKeyProblem(problem: JoinProblem): problem is KeyProblem {
  return problem !== 'offline' && problem !== 'server' && problem !== 'locked'
}

/** Joining could not reach the server, or My space is locked. */
export function joinProblemWords(problem: 'offline' | 'server' | 'locked'): string {
  switch (problem) {
    case 'offline':
      return `You’re offline. Connect to the internet, then try again. ${NOTHING_CHANGED}`
    case 'server':
      return `Harbour couldn’t reach the sync server just now. ${NOTHING_CHANGED} You could try again in a little while.`
    case 'locked':
      return 'My space is locked. Unlock it first, then use your key.'
  }
}

export function turnOnProblemWords(problem: TurnOnProblem): string {
  switch (problem) {
    case 'offline':
      return 'You’re offline. Sync can be turned on when you’re back online. Nothing was changed.'
    case 'server':
      return 'Harbour couldn’t reach the sync server just now, so sync is still off. You could try again in a little while.'
    case 'locked':
      return 'My space is locked. Unlock it first, then turn on sync.'
  }
}

export function deleteProblemWords(problem: ServerProblem): string {
  switch (problem) {
    case 'offline':
      return 'You’re offline, so nothing was deleted. Try again when you’re back online.'
    case 'server':
      return 'Harbour couldn’t reach the sync server just now, so nothing was deleted. You could try again in a little while.'
    case 'locked':
      return 'My space is locked, so nothing was deleted. Unlock it first, then try again.'
  }
}

/** For an outcome the engine did not expect: a programming error, already logged. */
export const SOMETHING_WENT_WRONG =
  'Something went wrong on our side. Nothing on this device was lost. You could try again.'

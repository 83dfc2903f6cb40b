import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { RECOVERY_KEY_LENGTH } from './engine/recovery-key.ts'
import type { JoinProblem, ServerOutcome, TurnOnOutcome } from './engine/sync-controller.ts'

type ServerProblem = Extract<ServerOutcome, { ok: false }>['problem']
type TurnOnProblem = Extract<TurnOnOutcome, { ok: false }>['problem']

/** A problem with the key as typed, shown beside the field. */
export type KeyProblem = Exclude<JoinProblem, 'offline' | 'server' | 'locked'>

export function keyProblemWords(problem: KeyProblem, typedLength: number, i18n: I18n): string {
  switch (problem) {
    case 'empty':
      return i18n._(msg`Type or paste your recovery key.`)
    case 'length': {
      const length = RECOVERY_KEY_LENGTH
      return i18n._(
        msg`A recovery key has ${length} letters and numbers, and this has ${typedLength}. Check nothing is missing or extra.`,
      )
    }
    case 'characters':
      return i18n._(
        msg`A recovery key only has letters and numbers. Check for anything else, like a symbol.`,
      )
    case 'typo':
      return i18n._(
        msg`This key doesn’t look quite right: a letter or number may be different. Check it against your saved key.`,
      )
    case 'no-match':
      return i18n._(
        msg`This key doesn’t match any synced data. Nothing on this device was changed.`,
      )
  }
}

export function isKeyProblem(problem: JoinProblem): problem is KeyProblem {
  return problem !== 'offline' && problem !== 'server' && problem !== 'locked'
}

/** Joining could not reach the server, or My space is locked. */
export function joinProblemWords(problem: 'offline' | 'server' | 'locked', i18n: I18n): string {
  switch (problem) {
    case 'offline':
      return i18n._(
        msg`You’re offline. Connect to the internet, then try again. Nothing on this device was changed.`,
      )
    case 'server':
      return i18n._(
        msg`Harbour couldn’t reach the sync server just now. Nothing on this device was changed. You could try again in a little while.`,
      )
    case 'locked':
      return i18n._(msg`My space is locked. Unlock it first, then use your key.`)
  }
}

export function turnOnProblemWords(problem: TurnOnProblem, i18n: I18n): string {
  switch (problem) {
    case 'offline':
      return i18n._(
        msg`You’re offline. Sync can be turned on when you’re back online. Nothing was changed.`,
      )
    case 'server':
      return i18n._(
        msg`Harbour couldn’t reach the sync server just now, so sync is still off. You could try again in a little while.`,
      )
    case 'locked':
      return i18n._(msg`My space is locked. Unlock it first, then turn on sync.`)
  }
}

export function deleteProblemWords(problem: ServerProblem, i18n: I18n): string {
  switch (problem) {
    case 'offline':
      return i18n._(msg`You’re offline, so nothing was deleted. Try again when you’re back online.`)
    case 'server':
      return i18n._(
        msg`Harbour couldn’t reach the sync server just now, so nothing was deleted. You could try again in a little while.`,
      )
    case 'locked':
      return i18n._(
        msg`My space is locked, so nothing was deleted. Unlock it first, then try again.`,
      )
  }
}

/** For an outcome the engine did not expect: a programming error, already logged. */
export const SOMETHING_WENT_WRONG = msg`Something went wrong on our side. Nothing on this device was lost. You could try again.`

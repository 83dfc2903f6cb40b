import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { WorryDraft } from './worry-tree-data.ts'

/**
 * The worry tree's path as plain data. Can I do something about it? If yes: what, and when (now,
 * or later with a plan). Either way, the path ends by letting the worry go and refocusing.
 */
export type WorryStep = 'worry' | 'can-act' | 'action' | 'do-it' | 'plan' | 'let-go' | 'done'

/** The step after this one, or undefined while the answer that decides it is missing. */
export function nextStep(step: WorryStep, draft: WorryDraft): WorryStep | undefined {
  switch (step) {
    case 'worry':
      return 'can-act'
    case 'can-act':
      if (draft.canAct === undefined) return undefined
      return draft.canAct ? 'action' : 'let-go'
    case 'action':
      if (draft.when === undefined) return undefined
      return draft.when === 'now' ? 'do-it' : 'plan'
    case 'do-it':
    case 'plan':
      return 'let-go'
    case 'let-go':
      return 'done'
    case 'done':
      return undefined
  }
}

/** The words that help let go depend on the path taken. */
export function letGoMessage(draft: WorryDraft, i18n: I18n): string {
  if (!draft.canAct) {
    return i18n._(
      msg`This is something you can't change right now, and worrying about it won't change it either. Try to let the worry go. You could picture it floating away, like a leaf on a stream.`,
    )
  }
  if (draft.when === 'later') {
    return i18n._(
      msg`You have a plan, so you don't need to keep thinking about it until then. Let the worry go for now.`,
    )
  }
  return i18n._(msg`You've done what you can. Now you can let the worry go.`)
}

import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import * as v from 'valibot'

export const WORRY_TREE_TOOL = 'worry-tree'

/** A finished worry tree as it is saved. Read back through this schema, never trusted as is. */
export const WorryTreeSchema = v.object({
  worry: v.string(),
  canAct: v.boolean(),
  action: v.optional(v.string()),
  when: v.optional(v.picklist(['now', 'later'])),
  planTime: v.optional(v.string()),
  refocus: v.optional(v.string()),
})

export type WorryTree = v.InferOutput<typeof WorryTreeSchema>

/** The tree while it is being filled in: answers may still be missing. */
export interface WorryDraft {
  worry: string
  canAct?: boolean
  action: string
  when?: 'now' | 'later'
  planTime: string
  refocusChoice?: string
  refocusOther: string
}

export const emptyDraft: WorryDraft = { worry: '', action: '', planTime: '', refocusOther: '' }

/*
 * The ideas by their English words, which a saved tree keeps whatever the language (as it always
 * has): they are shown in the interface language through refocusLabel.
 */
export const SOMETHING_ELSE = 'Something else'

/* eslint-disable lingui/no-unlocalized-strings -- ids; their words are in refocusWords */
export const refocusIdeas = [
  'Something I enjoy, like music, drawing or a game',
  'Move my body: a walk, a dance or a stretch',
  'Talk to someone I trust',
  'Something calming, like slow breathing',
  SOMETHING_ELSE,
] as const
/* eslint-enable lingui/no-unlocalized-strings */

const refocusWords: Record<(typeof refocusIdeas)[number], MessageDescriptor> = {
  'Something I enjoy, like music, drawing or a game': msg`Something I enjoy, like music, drawing or a game`,
  'Move my body: a walk, a dance or a stretch': msg`Move my body: a walk, a dance or a stretch`,
  'Talk to someone I trust': msg`Talk to someone I trust`,
  'Something calming, like slow breathing': msg`Something calming, like slow breathing`,
  [SOMETHING_ELSE]: msg`Something else`,
}

/** An idea in the interface language; what the person wrote themselves is shown as they wrote it. */
export function refocusLabel(refocus: string, i18n: I18n): string {
  return Object.hasOwn(refocusWords, refocus)
    ? i18n._(refocusWords[refocus as (typeof refocusIdeas)[number]])
    : refocus
}

/** What gets saved: only the answers on the path the person took, trimmed. */
export function finishTree(draft: WorryDraft): WorryTree {
  const refocus =
    draft.refocusChoice === SOMETHING_ELSE ? draft.refocusOther.trim() : draft.refocusChoice
  const tree: WorryTree = { worry: draft.worry.trim(), canAct: draft.canAct === true }
  if (refocus) tree.refocus = refocus
  if (!tree.canAct) return tree
  if (draft.action.trim()) tree.action = draft.action.trim()
  if (draft.when) tree.when = draft.when
  if (draft.when === 'later' && draft.planTime.trim()) tree.planTime = draft.planTime.trim()
  return tree
}

/** A short name for a saved tree in a list. */
export function treeTitle(tree: WorryTree, i18n: I18n): string {
  const worry = tree.worry.trim()
  if (!worry) return i18n._(msg`A worry (no words written)`)
  return worry.length > 60 ? `${worry.slice(0, 57).trimEnd()}…` : worry
}

import type { I18n } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'

/** The tools whose entries can be saved and listed. */
export type EntryKind = 'worry-tree' | 'thought-record'

export interface EntryWords {
  deleted: string
  deleteFailed: string
  lockedHeading: string
  confirmDelete: string
  unreadable: (count: number) => string
}

/**
 * Whole sentences for each kind of entry: a noun dropped into a shared sentence would read
 * wrongly in Welsh, where the words around a noun change with it.
 */
export function entryWords(i18n: I18n, kind: EntryKind): EntryWords {
  if (kind === 'worry-tree') {
    return {
      deleted: i18n._(msg`Deleted the worry tree.`),
      deleteFailed: i18n._(msg`We couldn't delete the worry tree. Please try again.`),
      lockedHeading: i18n._(msg`Your saved worry trees are locked`),
      confirmDelete: i18n._(
        msg`Delete this worry tree? Once it is deleted, you can’t get it back.`,
      ),
      unreadable: (count) =>
        i18n._(
          msg`${plural(count, {
            one: "One saved worry tree couldn't be read, so it isn't shown.",
            other: "# saved entries couldn't be read, so they aren't shown.",
          })}`,
        ),
    }
  }
  return {
    deleted: i18n._(msg`Deleted the thought record.`),
    deleteFailed: i18n._(msg`We couldn't delete the thought record. Please try again.`),
    lockedHeading: i18n._(msg`Your saved thought records are locked`),
    confirmDelete: i18n._(
      msg`Delete this thought record? Once it is deleted, you can’t get it back.`,
    ),
    unreadable: (count) =>
      i18n._(
        msg`${plural(count, {
          one: "One saved thought record couldn't be read, so it isn't shown.",
          other: "# saved entries couldn't be read, so they aren't shown.",
        })}`,
      ),
  }
}

/* eslint-disable lingui/no-unlocalized-strings -- an error for the log; people see the lock's own words */
/** The lock was turned on, off or changed in another tab while this one was changing it. */
export class LockChangedElsewhereError extends Error {
  override readonly name = 'LockChangedElsewhereError'
  constructor() {
    super(
      'The lock was changed in another Harbour tab or window at the same time. Close the other one, then try again.',
    )
  }
}

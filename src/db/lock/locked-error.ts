/* eslint-disable lingui/no-unlocalized-strings -- an error for the log; people see saveErrorMessage's words */
/**
 * My space is locked: its records are sealed and this tab does not hold the key. Pages inside the
 * lock never meet it (the lock gate shows the unlock screen first); anything outside the lock that
 * reads personal records catches it and offers a way to unlock.
 */
export class LockedError extends Error {
  override readonly name = 'LockedError'
  constructor() {
    super('My space is locked. Unlock it to open or change what is kept there.')
  }
}

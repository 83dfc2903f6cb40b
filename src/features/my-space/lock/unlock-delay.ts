/**
 * How long to wait before the next try after this many wrong passcodes in a row. The first few
 * are free (everyone mistypes), then the wait doubles, up to half a minute. There is never a
 * lockout: being shut out of your own safety plan would be worse than a slow guesser. The real
 * protection is the slow key-making (PBKDF2), which every guess has to go through.
 */
export function unlockDelayMs(failures: number): number {
  const FREE_TRIES = 3
  if (failures < FREE_TRIES) return 0
  return Math.min(30_000, 1_000 * 2 ** (failures - FREE_TRIES))
}

// Kept for the whole visit, so leaving the page and coming back does not reset the wait.
const tries = { failures: 0, nextTryAt: 0 }

/** Notes a wrong passcode; answers how many milliseconds to wait before the next try. */
export function noteWrongPasscode(now: number = Date.now()): number {
  tries.failures += 1
  const wait = unlockDelayMs(tries.failures)
  tries.nextTryAt = now + wait
  return wait
}

export function noteRightPasscode(): void {
  tries.failures = 0
  tries.nextTryAt = 0
}

/** Milliseconds still to wait before the next try; 0 when it can be tried now. */
export function waitLeft(now: number = Date.now()): number {
  return Math.max(0, tries.nextTryAt - now)
}

/*
 * A hint kept in local storage that sync is on, so the app loads sync's code (and the database)
 * at start only for people who turned sync on. The database stays the truth: a lost hint is put
 * right the next time Settings or My space opens.
 */
const HINT_KEY = 'harbour.sync'

export function setSyncHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, 'on')
    else localStorage.removeItem(HINT_KEY)
  } catch {
    // Storage refused: sync still starts from Settings and My space.
  }
}

export function syncHinted(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === 'on'
  } catch {
    return false
  }
}

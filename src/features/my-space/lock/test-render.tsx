import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { fillEveryTable } from '../../../db/backup/backup-test-data.ts'
import { lockNow, turnLockOn } from '../../../db/lock/passcode-lock.ts'
import { FAST_ITERATIONS, TEST_PASSCODE } from '../../../db/lock/test-lock.ts'
import type { HarbourDatabase } from '../../../db/schema.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { MySpacePage } from '../my-space-page.tsx'

export { TEST_PASSCODE }

/** Where the router is now, for tests that follow a link or a redirect. */
function ShowLocation() {
  const { pathname, search } = useLocation()
  return <output data-testid="location">{`${pathname}${search}`}</output>
}

/** Renders `element` (My space by default) at `path`, with the router around it. */
export function renderAt(path: string, element?: ReactNode) {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/my-space/*" element={<MySpacePage />} />
        <Route path="*" element={element ?? <p>Somewhere else</p>} />
      </Routes>
      <ShowLocation />
    </MemoryRouter>,
  )
  return user
}

/** A device with a record in every table, the lock on, and this tab locked. */
export async function lockedDevice(): Promise<HarbourDatabase> {
  const database = createTestDatabase()
  await fillEveryTable(database)
  await turnLockOn(TEST_PASSCODE, { iterations: FAST_ITERATIONS })
  lockNow()
  return database
}

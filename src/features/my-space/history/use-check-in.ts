import { useLiveQuery } from 'dexie-react-hooks'
import { getCheckIn } from '../../../db/check-ins.ts'
import type { CheckInRow } from '../../../db/rows.ts'

/**
 * One check-in, kept up to date with other tabs: undefined while reading, null once it does not
 * exist (never did, or was deleted here or elsewhere).
 */
export function useCheckIn(id: string): CheckInRow | null | undefined {
  return useLiveQuery(async () => (await getCheckIn(id)) ?? null, [id])
}

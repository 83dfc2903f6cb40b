import { addCheckIn } from '../../../db/check-ins.ts'
import type { Mood } from '../../../db/rows.ts'

/** Adds check-ins at 8pm on each given day (device time), oldest first. */
export async function seedCheckIns(
  entries: readonly [day: string, mood: Mood, note?: string][],
): Promise<void> {
  for (const [day, mood, note] of entries) {
    await addCheckIn({
      mood,
      feelings: ['calm'],
      happenings: ['school'],
      note,
      at: new Date(`${day}T20:00:00`).toISOString(),
    })
  }
}

/** One check-in a day from `first` for `count` days, the mood given by the day's index. */
export async function seedDaily(
  first: string,
  count: number,
  mood: (index: number) => Mood,
): Promise<void> {
  const start = new Date(`${first}T20:00:00`)
  for (let index = 0; index < count; index++) {
    const at = new Date(start.getFullYear(), start.getMonth(), start.getDate() + index, 20)
    await addCheckIn({ mood: mood(index), feelings: [], happenings: [], at: at.toISOString() })
  }
}

/** ORUK 3.0 schedules, as an area's feed would give them. */
import { pick, type Random } from './directory-random.ts'

export type Schedule = Record<string, string | number>
const weekly = (byday: string, opens: string, closes: string, extra: Schedule = {}) => ({
  freq: 'WEEKLY',
  byday,
  opens_at: opens,
  closes_at: closes,
  ...extra,
})

/** Opening hours of every kind: office hours, 24/7, evenings past midnight, terms, monthly. */
export function openingHours(random: Random): Schedule[] {
  const kind = random()
  if (kind < 0.15) return []
  if (kind < 0.45) {
    const opens = pick(random, ['08:00', '09:00', '09:30', '10:00'])
    return [
      weekly('MO,TU,WE,TH,FR', opens, pick(random, ['16:00', '17:00', '17:30', '18:00', '20:00'])),
    ]
  }
  if (kind < 0.52) return [weekly('MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59')]
  if (kind < 0.6) {
    return [
      weekly(
        pick(random, ['FR,SA', 'TH,FR,SA', 'MO,WE,FR']),
        pick(random, ['18:00', '19:00', '20:00']),
        pick(random, ['21:00', '23:00', '00:00', '02:00']),
      ),
    ]
  }
  if (kind < 0.66) return [weekly('SA,SU', '10:00', pick(random, ['13:00', '16:00']))]
  if (kind < 0.76) {
    const start = 9 + Math.floor(random() * 9)
    const time = (hour: number) => `${String(hour).padStart(2, '0')}:${pick(random, ['00', '30'])}`
    return [
      weekly(pick(random, ['MO', 'TU', 'WE', 'TH', 'FR', 'SA']), time(start), time(start + 2)),
    ]
  }
  if (kind < 0.82) {
    return [
      {
        freq: 'MONTHLY',
        byday: pick(random, ['2MO', '1WE', '-1TH', '3SA']),
        opens_at: '18:30',
        closes_at: '20:30',
      },
    ]
  }
  if (kind < 0.9) {
    const day = pick(random, ['MO,WE', 'TU,TH', 'WE', 'FR'])
    return [
      ['2026-09-02', '2026-10-23'],
      ['2026-11-02', '2026-12-18'],
      ['2027-01-05', '2027-02-12'],
      ['2027-02-22', '2027-03-26'],
      ['2027-04-12', '2027-05-28'],
      ['2027-06-07', '2027-07-21'],
    ].map(([from, to]) =>
      weekly(day, '15:30', '17:00', {
        valid_from: from as string,
        valid_to: to as string,
        dtstart: from as string,
      }),
    )
  }
  if (kind < 0.95) {
    return [
      weekly(pick(random, ['TU', 'TH']), '18:00', '19:30', { interval: 2, dtstart: '2026-09-01' }),
    ]
  }
  return [weekly('MO,TU,WE,TH,FR', '09:00', '17:00'), weekly('SA', '10:00', '12:00')]
}

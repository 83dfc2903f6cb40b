import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../service-model.ts'
import type { Nation } from './bank-holidays.ts'
import { openingStatus } from './opening-status.ts'
import { prepareOpening, preparedOpeningStatus } from './prepared-status.ts'
import { inEnglish } from './test-status.ts'

// A seeded generator, so a failure can be reproduced from its case number.
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const NATIONS: Nation[] = ['england-and-wales', 'scotland', 'northern-ireland']

function randomRule(random: () => number): OpeningRule {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  const time = () => pick(['00:00', '07:30', '09:00', '12:00', '17:00', '20:00', '23:59', '02:00'])
  const date = () => pick(['2025-12-20', '2026-03-01', '2026-04-03', '2026-10-20', '2026-12-24'])
  const monthly = random() < 0.3
  const rule: OpeningRule = {
    freq: monthly ? 'MONTHLY' : 'WEEKLY',
    byDay: DAYS.filter(() => random() < 0.4).map((day) =>
      monthly && random() < 0.7 ? `${pick([1, 2, 3, 4, -1])}${day}` : day,
    ),
    opensAt: time(),
    closesAt: time(),
  }
  if (random() < 0.15) rule.byDay = [...DAYS]
  if (monthly && random() < 0.3) rule.byMonthDay = [pick([1, 13, 15, 28, -1])]
  if (random() < 0.2) {
    rule.interval = pick([1, 2, 3])
    rule.dtstart = date()
  }
  if (random() < 0.2) rule.validFrom = date()
  if (random() < 0.2) rule.validTo = date()
  // Now and then a rule the parser refuses, as real data has.
  if (random() < 0.05) rule.opensAt = '9am'
  return rule
}

describe('preparedOpeningStatus', () => {
  it('gives exactly the answers openingStatus gives, across rules, nations and times', () => {
    const random = seeded(5)
    const from = Date.parse('2025-12-15T00:00:00Z')
    const span = Date.parse('2027-01-10T00:00:00Z') - from
    for (let test = 0; test < 4000; test++) {
      const rules = Array.from({ length: 1 + Math.floor(random() * 3) }, () => randomRule(random))
      const prepared = prepareOpening(rules)
      const nation = NATIONS[test % 3] as Nation
      for (let sample = 0; sample < 6; sample++) {
        // Whole minutes, with some right on the hour where periods start and end.
        const minutes = Math.floor((random() * span) / 60_000)
        const at = new Date(from + (sample % 2 ? minutes - (minutes % 60) : minutes) * 60_000)
        const expected = openingStatus(rules, at, { nation })
        const actual = preparedOpeningStatus(prepared, at, { nation })
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect({ test, rules, at: at.toISOString(), nation, actual }).toEqual({
            test,
            rules,
            at: at.toISOString(),
            nation,
            actual: expected,
          })
        }
      }
    }
  })

  it('knows nothing of a service with no hours', () => {
    const at = new Date('2026-11-25T12:00:00Z')
    expect(preparedOpeningStatus(prepareOpening([]), at)).toEqual({
      state: 'unknown',
      reason: 'no-hours',
    })
  })

  it('finds an opening more than two days ahead', () => {
    const rules: OpeningRule[] = [
      { freq: 'WEEKLY', byDay: ['FR'], opensAt: '10:00', closesAt: '12:00' },
    ]
    // A Monday: the next opening is Friday.
    const at = new Date('2026-11-23T12:00:00Z')
    expect(inEnglish(preparedOpeningStatus(prepareOpening(rules), at))).toEqual({
      state: 'closed',
      opensNext: { day: 'Friday', at: '10:00' },
    })
  })
})

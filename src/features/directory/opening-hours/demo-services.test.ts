import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../service-model.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { describeOpening, openingStatus as statusOf } from './opening-status.ts'
import { inEnglish } from './test-status.ts'

/** The status with the next opening's day in English words, as the expectations are written. */
function openingStatus(...args: Parameters<typeof statusOf>) {
  return inEnglish(statusOf(...args))
}

// A test-only adapter from Open Referral UK schedules to OpeningRule: enough to run the real
// demo data through the logic. The importer proper lives elsewhere.
const Schedule = v.object({
  freq: v.optional(v.picklist(['WEEKLY', 'MONTHLY'])),
  byday: v.optional(v.string()),
  bymonthday: v.optional(v.union([v.string(), v.number()])),
  interval: v.optional(v.number()),
  dtstart: v.optional(v.string()),
  opens_at: v.optional(v.string()),
  closes_at: v.optional(v.string()),
  valid_from: v.optional(v.string()),
  valid_to: v.optional(v.string()),
  description: v.optional(v.string()),
})
const Page = v.object({
  contents: v.array(v.object({ name: v.string(), schedules: v.array(Schedule) })),
})

function toRule(schedule: v.InferOutput<typeof Schedule>): OpeningRule {
  const list = (text: string | number | undefined) =>
    text === undefined
      ? []
      : String(text)
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
  return {
    freq: schedule.freq ?? 'WEEKLY',
    byDay: list(schedule.byday),
    byMonthDay: list(schedule.bymonthday).map(Number),
    interval: schedule.interval,
    dtstart: schedule.dtstart,
    opensAt: schedule.opens_at ?? '',
    closesAt: schedule.closes_at ?? '',
    validFrom: schedule.valid_from,
    validTo: schedule.valid_to,
    description: schedule.description,
  }
}

const page = v.parse(
  Page,
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../../../areas/demo/services.json'), 'utf8'),
  ),
)
const services = page.contents.map((service) => ({
  name: service.name,
  opening: service.schedules.map(toRule),
}))
const byName = (name: string) => {
  const service = services.find((entry) => entry.name === name)
  if (!service) throw new Error(`No demo service called ${name}`)
  return service.opening
}

// Every 97 minutes for seven weeks from late October 2026 (BST ending, term time, half term,
// Christmas, bank holidays), plus the spring BST change.
const instants: Date[] = []
for (let ms = Date.UTC(2026, 9, 20); ms < Date.UTC(2026, 11, 8); ms += 97 * 60_000) {
  instants.push(new Date(ms))
}
for (let ms = Date.UTC(2026, 11, 20); ms < Date.UTC(2027, 0, 10); ms += 97 * 60_000) {
  instants.push(new Date(ms))
}
instants.push(new Date('2027-03-28T00:59Z'), new Date('2027-03-28T01:00Z'))

describe('openingStatus on the demo area’s services', () => {
  it('reads all 57 services, some with no schedule', () => {
    expect(services).toHaveLength(57)
    expect(services.filter((service) => service.opening.length === 0).length).toBeGreaterThan(0)
  })

  it('never throws, and always gives one of the three states', () => {
    for (const service of services) {
      for (const at of instants) {
        const status = statusOf(service.opening, at)
        expect(['open', 'closed', 'unknown']).toContain(status.state)
      }
      for (const rule of service.opening)
        expect(describeOpening(rule, i18nFor('en'))).not.toMatch(/not clear/)
    }
  })

  it('shows every 24/7 service as open at any time, bank holidays included', () => {
    const allDay = services.filter((service) =>
      service.opening.some(
        (rule) => describeOpening(rule, i18nFor('en')) === 'Every day, open 24 hours',
      ),
    )
    expect(allDay.map((service) => service.name)).toContain('Samaritans')
    expect(allDay.length).toBeGreaterThanOrEqual(10)
    for (const service of allDay) {
      for (const at of instants)
        expect(openingStatus(service.opening, at)).toEqual({ state: 'open' })
    }
  })

  it('gives unknown for every service with no schedule', () => {
    for (const service of services.filter((entry) => entry.opening.length === 0)) {
      expect(openingStatus(service.opening, instants[0] as Date)).toEqual({
        state: 'unknown',
        reason: 'no-hours',
      })
    }
  })

  it('gets the sample schedules right at chosen times', () => {
    const at = (iso: string) => new Date(iso)
    expect(openingStatus(byName('CALM helpline'), at('2026-11-24T23:30Z'))).toEqual({
      state: 'open',
      closesAt: '00:00',
    })
    expect(
      openingStatus(byName('Sample: Friday Late youth space'), at('2026-11-28T01:30Z')),
    ).toEqual({ state: 'open', closesAt: '02:00' })
    expect(openingStatus(byName('Sample: Young carers club'), at('2026-12-14T18:30Z')).state).toBe(
      'open',
    )
    expect(
      openingStatus(
        byName('Sample: Neurodiversity parent and carer group'),
        at('2026-11-26T11:00Z'),
      ),
    ).toEqual({ state: 'open', closesAt: '12:00' })
    expect(openingStatus(byName('Sample: LGBTQ+ youth group'), at('2026-12-10T18:30Z'))).toEqual({
      state: 'closed',
      opensNext: { day: 'Thursday 17 December', at: '18:00' },
    })
    expect(
      openingStatus(
        byName('Sample: Worry Busters group for 7 to 10 year olds'),
        at('2026-12-23T16:30Z'),
      ),
    ).toEqual({ state: 'unknown', reason: 'outside-dates' })
    expect(
      openingStatus(byName('Sample: School nurse text line'), at('2026-12-28T10:00Z')),
    ).toEqual({ state: 'unknown', reason: 'bank-holiday' })
  })
})

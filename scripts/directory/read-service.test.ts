import { describe, expect, it } from 'vitest'
import { readService } from './read-service.ts'
import { service } from './test-support.ts'

const read = (raw: unknown, format?: '3.0' | '1.x') => readService(raw, 7, {}, format)

describe('what a service needs', () => {
  it('rejects a record with no usable id or name, naming it as well as it can', () => {
    expect(read(service({ id: undefined })).outcome).toMatchObject({
      label: 'record 7',
      outcome: 'rejected',
      reason: 'no usable id (id is missing) — rejected',
    })
    expect(read(service({ id: 'has spaces in it' })).outcome.reason).toMatch(
      /^no usable id \(id "has spaces in it" is not an id\)/,
    )
    const nameless = read(service({ id: 'abc', name: '  <p> </p> ' })).outcome
    expect(nameless).toMatchObject({
      label: 'svc abc',
      reason: 'no usable name (name is empty) — rejected',
    })
    expect(read(service({ id: 'abc', name: 12 })).outcome.reason).toBe(
      'no usable name (name is 12, not text) — rejected',
    )
    expect(read('a string').outcome.reason).toBe(
      'not a service (is "a string", not an object) — rejected',
    )
  })

  it('leaves out services that are not active', () => {
    expect(read(service({ status: 'defunct' })).outcome.reason).toBe(
      'status is "defunct", so it is not shown — rejected',
    )
    expect(read(service({ status: 'Temporarily Closed' })).outcome.outcome).toBe('rejected')
    expect(read(service({ status: 'open' })).outcome.reason).toBe(
      'status "open" is not one of active, inactive, defunct, temporarily closed — rejected',
    )
    expect(read(service({ status: undefined })).outcome.repairs).toEqual([
      'has no status — read as active',
    ])
  })

  it('keeps the service when an optional field is bad, and says what went', () => {
    const { outcome, service: kept } = read(
      service({
        email: 'not-an-email',
        url: 'javascript:alert(1)',
        minimum_age: 'ten',
        schedules: 'always',
      }),
    )
    expect(kept).toBeDefined()
    expect(kept?.email).toBeUndefined()
    expect(kept?.url).toBeUndefined()
    expect(outcome.repairs).toEqual([
      'url "javascript:alert(1)" is not a web address — left out',
      'email "not-an-email" is not an email address — left out',
      'minimum_age is "ten", not a number — left out',
      'schedules is "always", not a list — left out',
    ])
  })

  it('sets Getting Advice when no THRIVE grouping is given, as a repair', () => {
    const { outcome, service: kept } = read(service({ attributes: [] }))
    expect(kept?.thrive).toEqual(['Getting Advice'])
    expect(outcome.repairs).toEqual(['no THRIVE grouping — set to Getting Advice'])
    expect(outcome.warnings).toEqual([
      'has no topic, so no topic filter will find it',
      'says no way to get support (no phone, place or link)',
    ])
  })

  it('warns about a 3.0 id that is not a UUID, but not about a 1.x one', () => {
    expect(read(service({ id: 'svc-1' })).outcome.warnings).toContain(
      'id "svc-1" is not a UUID, as ORUK 3.0 asks',
    )
    const old = read({ id: 'svc-1', name: 'Old service', attending_type: 'phone' }, '1.x')
    expect(old.outcome.warnings.join('\n')).not.toMatch(/UUID/)
    expect(old.service?.modes).toEqual(['phone'])
  })
})

describe('what a service says', () => {
  it('uses the first virtual location as the link when the service has none', () => {
    const kept = read(
      service({
        url: undefined,
        service_at_locations: [
          { location: { id: 'v', location_type: 'virtual', url: 'https://example.org/chat' } },
        ],
      }),
    ).service
    expect(kept).toMatchObject({ url: 'https://example.org/chat', modes: ['online'] })
  })

  it('marks sample services and keeps how to get in with the wait', () => {
    const kept = read(
      service({
        name: 'Sample: Test club',
        application_process: 'Referral needed from a GP.',
        wait_time: 'Usually within 2 weeks.',
      }),
    ).service
    expect(kept).toMatchObject({
      sample: true,
      selfReferral: false,
      howToGetIn: 'Referral needed from a GP.\nUsually within 2 weeks.',
    })
  })

  it('reads ORUK 1.x weekdays given as numbers, and reports one it cannot read', () => {
    const { service: kept, outcome } = read({
      id: 'old-1',
      name: 'Old club',
      regular_schedules: [
        { id: 'a', weekday: 7, opens_at: '10:00', closes_at: '12:00' },
        { id: 'b', weekday: 'Funday', opens_at: '10:00', closes_at: '12:00' },
      ],
    })
    expect(kept?.opening.map((rule) => rule.byDay)).toEqual([['SU']])
    expect(outcome.repairs).toContain('schedule b weekday "Funday" is not a day — dropped')
  })

  it('drops duplicate rules and locations within a service', () => {
    const rule = { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }
    const place = {
      location: { id: 'p', location_type: 'physical', latitude: 51.4, longitude: -2.6 },
    }
    const kept = read(
      service({ schedules: [rule, rule], service_at_locations: [place, place] }),
    ).service
    expect(kept?.opening).toHaveLength(1)
    expect(kept?.locations).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { readLanguages, readPhones } from './contact-facts.ts'
import { newLog } from './report.ts'
import {
  deriveModes,
  isForParents,
  isNationwide,
  readAges,
  readFees,
  readSelfReferral,
} from './service-facts.ts'

describe('ages', () => {
  it('swaps a reversed range and says so', () => {
    const log = newLog()
    expect(readAges(18, 11, log)).toEqual({ min: 11, max: 18 })
    expect(log.repairs).toEqual(['age range reversed (18 to 11) — swapped'])
  })

  it('leaves an end open when it is not a person’s age', () => {
    const log = newLog()
    expect(readAges(-1, 999, log)).toEqual({})
    expect(log.repairs).toEqual([
      "minimum_age -1 is not a person's age — left open",
      "maximum_age 999 is not a person's age — left open",
    ])
    expect(readAges(undefined, 18, newLog())).toEqual({ max: 18 })
  })

  it('finds services for parents by topic or eligibility', () => {
    expect(isForParents(true, undefined)).toBe(true)
    expect(isForParents(false, 'Parents and carers of any age.')).toBe(true)
    expect(isForParents(false, 'Children aged 5 to 10 with their parents or carers.')).toBe(false)
  })
})

describe('fees', () => {
  it('reads free, paid and unknown', () => {
    expect(readFees('Free. Some trips cost up to £5.', [{ amount: 5 }])).toEqual({
      free: true,
      fees: 'Free. Some trips cost up to £5.',
    })
    expect(readFees('£2 per family per session.', []).free).toBe(false)
    expect(readFees(undefined, [{ amount: 35, option: 'per session' }])).toEqual({
      free: false,
      fees: '£35 per session',
    })
    expect(readFees(undefined, [{ amount: 0 }]).free).toBe(true)
    expect(readFees('Ask at reception.', []).free).toBeUndefined()
    expect(readFees(undefined, []).free).toBeUndefined()
  })
})

describe('self-referral', () => {
  it('reads the set phrases of application_process, then 1.x attending_access', () => {
    expect(readSelfReferral('Self-referral: just turn up.', [])).toBe(true)
    expect(readSelfReferral('Referral needed from a GP.', [])).toBe(false)
    expect(readSelfReferral('Call us. You do not need a referral.', [])).toBe(true)
    expect(readSelfReferral('Visit the website.', [])).toBeUndefined()
    expect(readSelfReferral(undefined, ['referral'])).toBe(false)
    expect(readSelfReferral(undefined, ['drop-in'])).toBe(true)
  })
})

describe('delivery modes', () => {
  it('derives every mode from locations, phones and attending words', () => {
    expect(
      deriveModes({ locationTypes: ['virtual'], phoneKinds: ['voice', 'text'], attending: [] }),
    ).toEqual(['online', 'phone', 'text'])
    expect(
      deriveModes({
        locationTypes: ['physical'],
        phoneKinds: [],
        attending: ['In person, group, drop-in: no need to book.', 'Home visits, by appointment.'],
      }),
    ).toEqual(['face-to-face', 'group', 'drop-in', 'home-visit'])
    expect(
      deriveModes({ locationTypes: [], phoneKinds: [], attending: ['venue', 'online'] }),
    ).toEqual(['online', 'face-to-face'])
  })
})

describe('service areas', () => {
  it('is nationwide for England, Wales or the UK, by name or GSS code', () => {
    expect(isNationwide([{ name: 'Wales' }])).toBe(true)
    expect(
      isNationwide([{ uri: 'http://statistics.data.gov.uk/id/statistical-geography/K02000001' }]),
    ).toBe(true)
    expect(isNationwide([{ name: 'Demo area' }, 'junk'])).toBe(false)
  })
})

describe('phones and languages', () => {
  it('reads voice and text lines and drops what is not a number', () => {
    const log = newLog()
    const phones = readPhones(
      [
        { number: '0800 1111', type: 'voice' },
        { number: ' 85258 ', type: 'text', description: 'Text SHOUT' },
        { number: '0800 1111' },
        { number: 'call us', type: 'voice' },
        { number: '0117 496 0000', type: 'fax' },
        { number: '0117 496 0001', extension: 12 },
      ],
      log,
    )
    expect(phones).toEqual([
      { number: '0800 1111', kind: 'voice' },
      { number: '85258', kind: 'text', description: 'Text SHOUT' },
      { number: '0117 496 0001', kind: 'voice', description: 'Extension 12.' },
    ])
    expect(log.repairs).toEqual([
      'phone "call us" is not a phone number — dropped',
      'phone 0117 496 0000 is a fax line, no use to a young person — dropped',
    ])
  })

  it('names languages from names or ISO codes', () => {
    const log = newLog()
    expect(
      readLanguages([{ name: 'English' }, { code: 'cy' }, { code: 'en' }, { code: 'xx' }, {}], log),
    ).toEqual(['English', 'Welsh'])
    expect(log.warnings).toHaveLength(2)
  })
})

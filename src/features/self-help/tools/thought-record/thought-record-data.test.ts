import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../../i18n/i18n-instances.ts'
import {
  emptyThoughtDraft,
  isBlank,
  parseStrength,
  recordTitle,
  ThoughtRecordSchema,
  toThoughtRecord,
} from './thought-record-data.ts'

const en = i18nFor('en')

describe('thought record data', () => {
  it('reads strengths typed by hand, kept between 0 and 100', () => {
    expect(parseStrength('')).toBeUndefined()
    expect(parseStrength('abc')).toBeUndefined()
    expect(parseStrength('40')).toBe(40)
    expect(parseStrength('150')).toBe(100)
    expect(parseStrength('-5')).toBe(0)
    expect(parseStrength('62.6')).toBe(63)
  })

  it('turns the form into a record that its own schema accepts', () => {
    const record = toThoughtRecord({
      ...emptyThoughtDraft,
      situation: ' Nobody replied in the group chat ',
      feelings: [
        { name: 'Lonely', before: '80', after: '30' },
        { name: 'Sad', before: '', after: '' },
      ],
    })
    expect(record.situation).toBe('Nobody replied in the group chat')
    expect(record.feelings).toEqual([{ name: 'Lonely', before: 80, after: 30 }, { name: 'Sad' }])
    expect(v.is(ThoughtRecordSchema, record)).toBe(true)
  })

  it('knows when nothing has been written or chosen', () => {
    expect(isBlank(toThoughtRecord(emptyThoughtDraft))).toBe(true)
    expect(isBlank(toThoughtRecord({ ...emptyThoughtDraft, thought: '  ' }))).toBe(true)
    const withFeeling = { ...emptyThoughtDraft, feelings: [{ name: 'Sad', before: '', after: '' }] }
    expect(isBlank(toThoughtRecord(withFeeling))).toBe(false)
  })

  it('names a record by what happened, or else by the thought', () => {
    const record = toThoughtRecord({ ...emptyThoughtDraft, thought: "I'm useless" })
    expect(recordTitle(record, en)).toBe("I'm useless")
    expect(recordTitle({ ...record, situation: 'Maths test' }, en)).toBe('Maths test')
    expect(recordTitle(toThoughtRecord(emptyThoughtDraft), en)).toBe('A thought record')
  })

  it('refuses a saved record with a strength out of range', () => {
    const record = {
      ...toThoughtRecord(emptyThoughtDraft),
      feelings: [{ name: 'Sad', before: 140 }],
    }
    expect(v.is(ThoughtRecordSchema, record)).toBe(false)
  })
})

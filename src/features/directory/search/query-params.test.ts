import { describe, expect, it } from 'vitest'
import { paramsFromQuery, queryFromParams } from './query-params.ts'
import type { DirectoryQuery } from './search-model.ts'

const read = (search: string) => queryFromParams(new URLSearchParams(search))

describe('queryFromParams', () => {
  it('reads every field', () => {
    expect(
      read(
        'q=worry&topic=anxiety&age=14&near=BS1&within=5&open=1&free=1&self=1' +
          '&thrive=getting-help&how=text,phone&for=parents&talk=type&place=remote&when=now&anon=1',
      ),
    ).toEqual({
      text: 'worry',
      topic: 'anxiety',
      age: 14,
      near: 'BS1',
      within: 5,
      openNow: true,
      free: true,
      selfReferral: true,
      thrive: 'Getting Help',
      modes: ['phone', 'text'],
      audience: 'parents',
      choice: { talkOrType: 'type', place: 'remote', when: 'now', anonymous: true },
    })
  })

  it('is empty for an empty address', () => {
    expect(read('')).toEqual({})
  })

  it('ignores what it does not understand', () => {
    expect(
      read(
        'topic=cats&age=121&near=hello&within=-3&open=yes&free=0&thrive=thriving-ish' +
          '&how=carrier-pigeon,home-visit&for=teachers&talk=sing&place=moon&when=later&anon=true&x=1',
      ),
    ).toEqual({})
    expect(read('age=14.5')).toEqual({})
    expect(read('age=')).toEqual({})
    expect(read('within=0')).toEqual({})
    expect(read('within=5000')).toEqual({})
    expect(read('q=%20%20')).toEqual({})
  })

  it('keeps only the district of a full postcode', () => {
    expect(read('near=bs1%204dj')).toEqual({ near: 'BS1' })
    expect(read('near=sw1a1aa')).toEqual({ near: 'SW1A' })
  })

  it('keeps the good parts of a partly good list', () => {
    expect(read('how=text,,Phone,phone,fax')).toEqual({ modes: ['phone', 'text'] })
  })

  it('accepts ages at the ends of the range and fractions of a mile', () => {
    expect(read('age=0&within=0.5')).toEqual({ age: 0, within: 0.5 })
    expect(read('age=120')).toEqual({ age: 120 })
  })

  it('tidies the words and bounds their length', () => {
    expect(read('q=%20young%20%20carers%20')).toEqual({ text: 'young carers' })
    expect(read(`q=${'a'.repeat(300)}`).text).toHaveLength(100)
  })

  it('accepts a THRIVE grouping by its label too', () => {
    expect(read('thrive=Getting%20Risk%20Support')).toEqual({ thrive: 'Getting Risk Support' })
  })
})

describe('paramsFromQuery', () => {
  it('writes only what is set, in a fixed order with short keys', () => {
    const params = paramsFromQuery({
      choice: { anonymous: true, talkOrType: 'talk' },
      modes: ['text', 'online'],
      near: 'BS1',
      text: 'young carers',
      openNow: true,
      free: false,
      thrive: 'Getting Risk Support',
    })
    expect(params.toString()).toBe(
      'q=young+carers&near=BS1&open=1&thrive=getting-risk-support&how=online%2Ctext&talk=talk&anon=1',
    )
  })

  it('writes nothing for an empty search', () => {
    expect(paramsFromQuery({}).toString()).toBe('')
    expect(paramsFromQuery({ text: '  ', choice: {} }).toString()).toBe('')
  })

  it('keeps age 0', () => {
    expect(paramsFromQuery({ age: 0 }).toString()).toBe('age=0')
  })
})

describe('round trip', () => {
  const queries: DirectoryQuery[] = [
    {},
    { text: 'worry about exams' },
    { topic: 'self-harm', age: 16, near: 'M1', within: 2.5 },
    { openNow: true, free: true, selfReferral: true, thrive: 'Thriving' },
    { modes: ['online', 'phone', 'text', 'face-to-face', 'group', 'drop-in'] },
    { audience: 'parents', topic: 'parenting' },
    { choice: { talkOrType: 'type', place: 'in-person', when: 'can-wait', anonymous: true } },
    { choice: { when: 'now' } },
  ]

  it.each(queries.map((query) => [JSON.stringify(query), query] as const))(
    'keeps %s',
    (_, query) => {
      const again = queryFromParams(new URLSearchParams(paramsFromQuery(query).toString()))
      expect(again).toEqual(query)
      expect(paramsFromQuery(again).toString()).toBe(paramsFromQuery(query).toString())
    },
  )
})

import { describe, expect, it } from 'vitest'
import {
  buildTextIndex,
  matchText,
  prefixesOf,
  queryWords,
  singular,
  wordsOf,
} from './text-match.ts'

describe('wordsOf', () => {
  it('lower-cases, takes accents off and keeps apostrophes from splitting words', () => {
    expect(wordsOf('Children’s Café: CAMHS & Mind')).toEqual(['childrens', 'cafe', 'camhs', 'mind'])
    expect(wordsOf("Young people's self-harm group")).toEqual([
      'young',
      'peoples',
      'self',
      'harm',
      'group',
    ])
  })
})

describe('singular', () => {
  it.each([
    ['groups', 'group'],
    ['worries', 'worry'],
    ['childrens', 'children'],
    ['stress', 'stress'],
    ['anxious', 'anxious'],
    ['crisis', 'crisis'],
    ['bus', 'bus'],
    ['gas', 'gas'],
  ])('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected)
  })
})

describe('queryWords', () => {
  it('drops words that say nothing, unless nothing else was typed', () => {
    expect(queryWords('help with my worries')).toEqual(['help', 'worry'])
    expect(queryWords('I')).toEqual(['i'])
    expect(queryWords('  ')).toEqual([])
  })
})

describe('matchText', () => {
  const index = buildTextIndex([
    'Teen text line\nSchool nursing\nText a school nurse about worries, sleep or stress.',
    'Worry Busters\nCAMHS\nA group for children who worry.',
    'Crisis café\nMind\nSomewhere calm to go when things feel too much.',
  ])
  const matches = (text: string) => {
    const flags = matchText(index, text)
    return flags && [...flags].flatMap((flag, position) => (flag ? [position] : []))
  }

  it('needs every word, each as the start of a word', () => {
    expect(matches('school nurse')).toEqual([0])
    expect(matches('sch nur')).toEqual([0])
    expect(matches('school group')).toEqual([])
    expect(matches('urse')).toEqual([])
  })

  it('finds other endings of a word ending in y', () => {
    expect(prefixesOf('worry')).toEqual(['worry', 'worri'])
    expect(prefixesOf('shy')).toEqual(['shy'])
  })

  it('ignores case, accents and a plural', () => {
    expect(matches('CAFE')).toEqual([2])
    expect(matches('café')).toEqual([2])
    expect(matches('worry')).toEqual([0, 1])
    expect(matches('worries')).toEqual([0, 1])
    expect(matches('groups')).toEqual([1])
  })

  it('filters nothing when there is no word to match', () => {
    expect(matchText(index, ' ,. ')).toBeUndefined()
  })
})

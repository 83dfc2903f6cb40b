import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findCatalogProblems, messageParts } from './catalog-checks.ts'

const root = path.resolve(import.meta.dirname, '../..')

describe('the interface catalogues', () => {
  it('hold every message of the code, translated, in every language', async () => {
    expect(await findCatalogProblems(root)).toEqual([])
  }, 60_000)
})

describe('messageParts', () => {
  it('finds arguments, plural arguments and tags', () => {
    expect(
      messageParts('Press {remaining, plural, one {# time} other {# times}} <0>now</0> {name}'),
    ).toEqual(['<0>', '{name}', '{remaining}'])
  })

  it('is the same for a translation that keeps them in another order', () => {
    expect(messageParts('<0>Dod o hyd</0> yn {areaName}')).toEqual(
      messageParts('In {areaName}, <0>find</0>'),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { savedItemHref } from './saved-links.ts'

describe('savedItemHref', () => {
  it('links each kind to its own part of Harbour', () => {
    expect(savedItemHref({ kind: 'article', ref: 'low-mood' })).toBe('/self-help/low-mood')
    expect(savedItemHref({ kind: 'tool', ref: 'breathing' })).toBe('/tools/breathing')
    expect(savedItemHref({ kind: 'service', ref: 'kooth' })).toBe('/find-support/kooth')
  })

  it('keeps a stored ref inside its own path', () => {
    expect(savedItemHref({ kind: 'article', ref: '../settings?x=1' })).toBe(
      '/self-help/..%2Fsettings%3Fx%3D1',
    )
  })
})

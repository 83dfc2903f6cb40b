import { describe, expect, it } from 'vitest'
import { safeNext, unlockPath } from './lock-paths.ts'

describe('coming back after unlocking', () => {
  it('goes back to the page that asked', () => {
    const path = unlockPath('/tools/worry-tree?x=1')
    expect(path).toBe('/my-space/unlock?next=%2Ftools%2Fworry-tree%3Fx%3D1')
    const next = new URLSearchParams(path.split('?')[1]).get('next')
    expect(safeNext(next)).toBe('/tools/worry-tree?x=1')
  })

  it('never leaves Harbour', () => {
    for (const next of [null, '', 'https://example.com', '//example.com', '/\\example.com']) {
      expect(safeNext(next)).toBe('/my-space')
    }
  })
})

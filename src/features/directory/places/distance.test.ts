import { describe, expect, it } from 'vitest'
import { milesBetween } from './distance.ts'

const LONDON = { latitude: 51.5074, longitude: -0.1278 }
const MANCHESTER = { latitude: 53.4808, longitude: -2.2426 }
const EDINBURGH = { latitude: 55.9533, longitude: -3.1883 }
const PARIS = { latitude: 48.8566, longitude: 2.3522 }

function expectWithinOnePercent(actual: number, expected: number) {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.01)
}

describe('milesBetween', () => {
  it('matches published straight-line distances between cities to within 1%', () => {
    expectWithinOnePercent(milesBetween(LONDON, MANCHESTER), 163)
    expectWithinOnePercent(milesBetween(LONDON, EDINBURGH), 332)
    expectWithinOnePercent(milesBetween(LONDON, PARIS), 214)
  })

  it('is the same both ways and zero for one place', () => {
    expect(milesBetween(MANCHESTER, EDINBURGH)).toBeCloseTo(milesBetween(EDINBURGH, MANCHESTER), 9)
    expect(milesBetween(PARIS, PARIS)).toBe(0)
  })

  it('measures short hops across a city', () => {
    // Bristol's centre (BS1) to Clifton (BS8): a little over a mile.
    const miles = milesBetween(
      { latitude: 51.453, longitude: -2.594 },
      { latitude: 51.458, longitude: -2.622 },
    )
    expect(miles).toBeGreaterThan(1.1)
    expect(miles).toBeLessThan(1.4)
  })
})

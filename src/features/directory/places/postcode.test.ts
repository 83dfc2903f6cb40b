import { describe, expect, it } from 'vitest'
import { isNorthernIrishOutcode, normaliseOutcode } from './postcode.ts'

describe('normaliseOutcode', () => {
  it.each([
    ['bs1 4dj', 'BS1'],
    ['BS14DJ', 'BS1'],
    ['  bs1  ', 'BS1'],
    ['BS14', 'BS14'],
    ['bs14 4dj', 'BS14'],
    ['SW1A 1AA', 'SW1A'],
    ['sw1a1aa', 'SW1A'],
    ['M1', 'M1'],
    ['m11ae', 'M1'],
    ['W1D 3QF', 'W1D'],
    ['EH1', 'EH1'],
    ['BT7 1NN', 'BT7'],
    // Still typing the second half: the district is already known.
    ['BS1 4', 'BS1'],
    ['BS1 4D', 'BS1'],
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseOutcode(input)).toBe(expected)
  })

  it.each([
    '',
    '   ',
    'hello',
    'Bristol',
    '12345',
    'B',
    '1BS',
    'BS',
    'BSS1',
    'BS1 4DJ X',
    'BS1 DJ',
    'BS1 44J',
    'BS1-4DJ',
    'BS1 4DJJ',
    '<script>',
  ])('rejects %j', (input) => {
    expect(normaliseOutcode(input)).toBeUndefined()
  })
})

describe('isNorthernIrishOutcode', () => {
  it('knows BT districts, and only those', () => {
    expect(isNorthernIrishOutcode('BT1')).toBe(true)
    expect(isNorthernIrishOutcode('BT47')).toBe(true)
    expect(isNorthernIrishOutcode('B1')).toBe(false)
    expect(isNorthernIrishOutcode('BS1')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { checkNewPasscode } from './passcode-rules.ts'

describe('a new passcode', () => {
  it('needs at least four characters, counted as a person counts them', () => {
    expect(checkNewPasscode('', '')).toEqual({ passcode: 'Choose a passcode.' })
    expect(checkNewPasscode('abc', 'abc').passcode).toMatch(/at least 4 characters/)
    expect(checkNewPasscode('\u{1F30A}\u{1F30A}\u{1F30A}', 'x').passcode).toMatch(/at least 4/)
    expect(checkNewPasscode('1234', '1234')).toEqual({})
    expect(checkNewPasscode('    ', '    ')).toEqual({})
  })

  it('must be typed the same twice', () => {
    expect(checkNewPasscode('tide 42', '').again).toMatch(/again/)
    expect(checkNewPasscode('tide 42', 'tide 43').again).toMatch(/not the same/)
    expect(checkNewPasscode('caf\u00e9 1', 'cafe\u0301 1')).toEqual({})
  })
})

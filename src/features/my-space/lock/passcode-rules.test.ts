import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { checkNewPasscode } from './passcode-rules.ts'

const en = i18nFor('en')

describe('a new passcode', () => {
  it('needs at least four characters, counted as a person counts them', () => {
    expect(checkNewPasscode('', '', en)).toEqual({ passcode: 'Choose a passcode.' })
    expect(checkNewPasscode('abc', 'abc', en).passcode).toMatch(/at least 4 characters/)
    expect(checkNewPasscode('\u{1F30A}\u{1F30A}\u{1F30A}', 'x', en).passcode).toMatch(/at least 4/)
    expect(checkNewPasscode('1234', '1234', en)).toEqual({})
    expect(checkNewPasscode('    ', '    ', en)).toEqual({})
  })

  it('must be typed the same twice', () => {
    expect(checkNewPasscode('tide 42', '', en).again).toMatch(/again/)
    expect(checkNewPasscode('tide 42', 'tide 43', en).again).toMatch(/not the same/)
    expect(checkNewPasscode('caf\u00e9 1', 'cafe\u0301 1', en)).toEqual({})
  })
})

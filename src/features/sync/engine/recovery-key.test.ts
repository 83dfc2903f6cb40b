import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateRecoveryKey, groupRecoveryKey, parseRecoveryKey } from './recovery-key.ts'

describe('recovery keys', () => {
  it('are 128 random bits with two check characters, shown in seven groups of four', () => {
    const key = generateRecoveryKey()
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{28}$/)
    expect(groupRecoveryKey(key)).toMatch(/^(\w{4}-){6}\w{4}$/)
    expect(generateRecoveryKey()).not.toBe(key)
    const parsed = parseRecoveryKey(key)
    expect(parsed.ok && parsed.bytes.length).toBe(16)
  })

  it('read back however they were typed', () => {
    const key = generateRecoveryKey()
    const messy = ` ${groupRecoveryKey(key).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `
    expect(parseRecoveryKey(messy)).toMatchObject({ ok: true, key })
  })

  it('say what is wrong with a key that cannot be right', () => {
    const key = generateRecoveryKey()
    expect(parseRecoveryKey('  ')).toEqual({ ok: false, problem: 'empty' })
    expect(parseRecoveryKey(key.slice(0, 20))).toEqual({ ok: false, problem: 'length' })
    expect(parseRecoveryKey('U' + key.slice(1))).toEqual({ ok: false, problem: 'characters' })
  })

  it('catch two neighbouring characters swapped', () => {
    fc.assert(
      fc.property(fc.nat(26), (position) => {
        const key = generateRecoveryKey()
        fc.pre(key[position] !== key[position + 1])
        const swapped =
          key.slice(0, position) + key[position + 1] + key[position] + key.slice(position + 2)
        return !parseRecoveryKey(swapped).ok
      }),
      { numRuns: 300 },
    )
  })

  it('catch any one character typed wrong', () => {
    fc.assert(
      fc.property(fc.nat(27), fc.nat(31), (position, replacement) => {
        const key = generateRecoveryKey()
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
        const swapped = alphabet[replacement] as string
        fc.pre(key[position] !== swapped)
        const typo = key.slice(0, position) + swapped + key.slice(position + 1)
        return !parseRecoveryKey(typo).ok
      }),
      { numRuns: 300 },
    )
  })
})

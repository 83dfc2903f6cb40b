import { afterEach, describe, expect, it } from 'vitest'
import { keyInFragment, recoveryKeyLink, takeKeyFromAddress } from './key-from-address.ts'

describe('recoveryKeyLink', () => {
  it('puts the key in the fragment of the Settings address, never in the path or query', () => {
    const link = new URL(recoveryKeyLink('https://harbour.example', 'ABC123'))
    expect(link.pathname).toBe('/settings')
    expect(link.search).toBe('')
    expect(link.hash).toBe('#sync-key=ABC123')
  })
})

describe('keyInFragment', () => {
  it('reads the key, and nothing from a fragment without one', () => {
    expect(keyInFragment('#sync-key=7QKM2D')).toBe('7QKM2D')
    expect(keyInFragment('#top')).toBeUndefined()
    expect(keyInFragment('#sync-key=')).toBeUndefined()
    expect(keyInFragment('')).toBeUndefined()
  })
})

describe('takeKeyFromAddress', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('takes the key and removes it from the address at once, keeping path, query and state', () => {
    window.history.replaceState({ key: 'k1' }, '', '/settings?from=qr#sync-key=7QKM2D')
    expect(takeKeyFromAddress()).toBe('7QKM2D')
    expect(window.location.pathname).toBe('/settings')
    expect(window.location.search).toBe('?from=qr')
    expect(window.location.hash).toBe('')
    expect(window.history.state).toEqual({ key: 'k1' })
  })

  it('leaves any other fragment alone', () => {
    window.history.replaceState(null, '', '/settings#sync')
    expect(takeKeyFromAddress()).toBeUndefined()
    expect(window.location.hash).toBe('#sync')
  })

  it('removes an empty key too', () => {
    window.history.replaceState(null, '', '/settings#sync-key=')
    expect(takeKeyFromAddress()).toBeUndefined()
    expect(window.location.hash).toBe('')
  })
})

import { msg, plural } from '@lingui/core/macro'
import { describe, expect, it } from 'vitest'
import { i18nFor } from './i18n-instances.ts'
import { localeFromPath, pathInLocale } from './locales.ts'

describe('interface language in the address', () => {
  it('is Welsh under /cy and English elsewhere', () => {
    expect(localeFromPath('/cy')).toBe('cy')
    expect(localeFromPath('/cy/help')).toBe('cy')
    expect(localeFromPath('/cymorth')).toBe('en')
    expect(localeFromPath('/help')).toBe('en')
  })

  it('moves a page between languages', () => {
    expect(pathInLocale('/help', 'cy')).toBe('/cy/help')
    expect(pathInLocale('/', 'cy')).toBe('/cy')
    expect(pathInLocale('/', 'en')).toBe('/')
    expect(pathInLocale('/my-space/goals', 'en')).toBe('/my-space/goals')
  })
})

describe('ICU messages in Welsh', () => {
  it('uses Welsh plural forms: one, two and other', () => {
    const cy = i18nFor('cy')
    // The same message as the quick exit shortcut's: its id is a hash of this text.
    const say = (remaining: number) =>
      cy._(
        msg`Quick exit: press Shift ${plural(remaining, { one: '# more time', other: '# more times' })} to leave this page.`,
      )
    expect(say(1)).toContain('unwaith eto')
    expect(say(2)).toContain('ddwywaith eto')
    expect(say(3)).toContain('3 gwaith eto')
  })
})

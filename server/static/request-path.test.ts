import { describe, expect, it } from 'vitest'
import { isExtensionless, parseRequestPath, toOriginForm } from './request-path.ts'

describe('parseRequestPath', () => {
  it('splits and decodes segments, keeping the raw path and query', () => {
    expect(parseRequestPath('/self-help/caf%C3%A9?q=1')).toEqual({
      segments: ['self-help', 'café'],
      rawPath: '/self-help/caf%C3%A9',
      query: '?q=1',
      trailingSlash: false,
    })
  })

  it('reads / as no segments', () => {
    expect(parseRequestPath('/?x')).toMatchObject({ segments: [], trailingSlash: false })
  })

  it('notes a trailing slash', () => {
    expect(parseRequestPath('/help/')).toMatchObject({ segments: ['help'], trailingSlash: true })
  })

  it.each([
    'help',
    'http://example.com/help',
    '//help',
    '/help//',
    '/a//b',
    '/.',
    '/..',
    '/a/../b',
    '/%2e%2e/b',
    '/.env',
    '/a/.git/config',
    '/a%2fb',
    '/a%5cb',
    '/a%00b',
    '/%zz',
  ])('refuses %s', (url) => {
    expect(parseRequestPath(url)).toBeNull()
  })
})

describe('isExtensionless', () => {
  it('tells pages from files', () => {
    expect(isExtensionless([])).toBe(true)
    expect(isExtensionless(['self-help', 'sleep'])).toBe(true)
    expect(isExtensionless(['assets', 'app.js'])).toBe(false)
  })
})

describe('toOriginForm', () => {
  it('leaves a well-formed path alone', () => {
    expect(toOriginForm('/caf%C3%A9?q=%zz')).toBe('/caf%C3%A9?q=%zz')
  })

  it('escapes every % in a path that cannot be decoded', () => {
    expect(toOriginForm('/%zz/%41?q=%41')).toBe('/%25zz/%2541?q=%41')
    expect(toOriginForm('/%C3')).toBe('/%25C3')
  })

  it('drops the scheme and host of an absolute-form target', () => {
    expect(toOriginForm('http://example.com/help?x=1')).toBe('/help?x=1')
    expect(toOriginForm('https://example.com')).toBe('/')
    expect(toOriginForm('http://example.com?x')).toBe('/?x')
  })

  it.each(['*', 'help', 'http://example.com//evil.example/', 'javascript:alert(1)'])(
    'turns %s into a path that names nothing',
    (url) => {
      const target = toOriginForm(url)
      expect(target.startsWith('/')).toBe(true)
      expect(parseRequestPath(target)).toBeNull()
    },
  )
})

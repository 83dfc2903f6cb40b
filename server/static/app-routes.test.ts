import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compileRoutePatterns, loadAppRoutes } from './app-routes.ts'

const split = (url: string) => url.split('/').filter(Boolean)

describe('compileRoutePatterns', () => {
  const matches = compileRoutePatterns([
    '/',
    '/help',
    '/self-help/:slug',
    '/find-support/:serviceId/contact',
    '/my-space/*',
  ])

  it.each([
    '/',
    '/help',
    '/self-help/sleep',
    '/find-support/abc-123/contact',
    '/my-space',
    '/my-space/goals',
    '/my-space/goals/2024',
  ])('matches %s', (url) => {
    expect(matches(split(url))).toBe(true)
  })

  it.each([
    '/helpful',
    '/help/more',
    '/self-help',
    '/self-help/sleep/more',
    '/find-support/abc-123',
    '/my-spaces',
    '/My-Space',
  ])('does not match %s', (url) => {
    expect(matches(split(url))).toBe(false)
  })

  it('lets /* match everything', () => {
    expect(compileRoutePatterns(['/*'])(split('/any/thing'))).toBe(true)
  })

  it.each(['/a/*/b', '/a/:', '/a//b', '/a/:b?', '/a/b*'])('rejects %s', (pattern) => {
    expect(() => compileRoutePatterns([pattern])).toThrow(/unsupported/)
  })
})

describe('loadAppRoutes', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'harbour-routes-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('returns null when the build wrote no route list', async () => {
    expect(await loadAppRoutes(dir)).toBeNull()
  })

  it('reads the route list', async () => {
    await writeFile(path.join(dir, 'app-routes.json'), '["/tools/:slug"]')
    const matches = await loadAppRoutes(dir)
    expect(matches?.(['tools', 'breathing'])).toBe(true)
    expect(matches?.(['tools'])).toBe(false)
  })

  it.each([
    ['not JSON', /not valid JSON/],
    ['{"routes": []}', /must be a JSON array of paths/],
    ['["help"]', /entry 0: must start with "\/"/],
    ['["/a/*/b"]', /unsupported segment/],
  ])('names the file when it holds %s', async (content, message) => {
    await writeFile(path.join(dir, 'app-routes.json'), content)
    await expect(loadAppRoutes(dir)).rejects.toThrow(message)
    await expect(loadAppRoutes(dir)).rejects.toThrow('app-routes.json')
  })
})

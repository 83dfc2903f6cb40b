import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUILT_AREA_FILE } from '../scripts/vite-plugin-area.ts'
import { ConfigError, loadConfig, readBuiltArea } from './config.ts'

describe('the area the server serves', () => {
  let distDir: string

  beforeEach(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'harbour-built-area-'))
  })

  afterEach(async () => {
    await rm(distDir, { recursive: true, force: true })
  })

  const builtFor = (text: string) => writeFile(path.join(distDir, BUILT_AREA_FILE), text)
  const load = (env: Record<string, string> = {}) =>
    loadConfig({ HARBOUR_DIST_DIR: distDir, ...env }, '/')

  it('is the area the build was made for when HARBOUR_AREA is not set', async () => {
    await builtFor('riverside\n')
    expect(load().area).toBe('riverside')
    expect(load({ HARBOUR_AREA: '  ' }).area).toBe('riverside')
  })

  it('is HARBOUR_AREA when the build agrees', async () => {
    await builtFor('riverside\n')
    expect(load({ HARBOUR_AREA: 'riverside' }).area).toBe('riverside')
  })

  it('is HARBOUR_AREA, or else the demo, for a build that does not say', () => {
    expect(load({ HARBOUR_AREA: 'north-vale' }).area).toBe('north-vale')
    expect(load().area).toBe('demo')
    expect(loadConfig({ HARBOUR_DIST_DIR: path.join(distDir, 'missing') }, '/').area).toBe('demo')
  })

  it('refuses, in one line naming both areas, when HARBOUR_AREA and the build disagree', async () => {
    await builtFor('riverside\n')
    let error: unknown
    try {
      load({ HARBOUR_AREA: 'demo' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe(
      `HARBOUR_AREA is "demo", but the app in ${distDir} was built for the area "riverside": build it again for "demo", or leave HARBOUR_AREA unset to serve "riverside"`,
    )
  })

  it('refuses a build whose area file holds something other than an area id', async () => {
    await builtFor('../../etc/passwd\n')
    expect(() => load()).toThrow(ConfigError)
    expect(() => load()).toThrow(
      `${path.join(distDir, BUILT_AREA_FILE)} should name the area the app was built for`,
    )
  })

  it('treats an empty area file as a build that does not say', async () => {
    await builtFor('\n')
    expect(readBuiltArea(distDir)).toBeUndefined()
    expect(load({ HARBOUR_AREA: 'riverside' }).area).toBe('riverside')
  })

  it('says when the area file cannot be read', async () => {
    await mkdir(path.join(distDir, BUILT_AREA_FILE))
    expect(() => readBuiltArea(distDir)).toThrow(/^Cannot read .*\.harbour-area \(EISDIR\)$/)
  })
})

import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCliArgs } from './cli-args.ts'
import { EXAMPLE_FILE, ROOT, tempRoot } from './test-support.ts'

const temp = tempRoot()
afterAll(() => temp.cleanUp())

/** The real command, as `npm run directory:import` runs it. */
function cli(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/directory/import.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('the import command', () => {
  it('prints the report and exits 0 when services were imported', () => {
    const out = path.join(temp.root, 'example.json')
    const run = cli(EXAMPLE_FILE, '--area', 'demo', '--out', out)
    expect(run.code).toBe(0)
    expect(run.out).toContain('latitude 100 is impossible — location dropped')
    expect(run.out).toContain(
      'Read 1 service: 0 imported as they were, 1 repaired, 0 rejected (3 warnings).',
    )
    expect(run.out).toMatch(/Wrote .*example\.json: 1 service, \d+ bytes\./)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      area: 'demo',
      services: [{ name: 'Community Counselling' }],
    })
  })

  it('exits 1 with one clear line when nothing usable was read', () => {
    const broken = temp.write('broken.json', '{ not json')
    const run = cli(broken, '--out', path.join(temp.root, 'never.json'))
    expect(run.code).toBe(1)
    expect(run.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^Error: .*broken\.json is not valid JSON: /),
    ])
    expect(cli().code).toBe(1)
  })
})

describe('command-line arguments', () => {
  it('reads the source and options', () => {
    expect(parseCliArgs(['feed.json'])).toEqual({
      ok: true,
      args: { source: 'feed.json', area: 'demo' },
    })
    expect(
      parseCliArgs([
        'https://x.example/services',
        '--area',
        'bristol',
        '--timeout',
        '5',
        '--max-pages',
        '20',
      ]),
    ).toEqual({
      ok: true,
      args: {
        source: 'https://x.example/services',
        area: 'bristol',
        timeoutMs: 5000,
        maxPages: 20,
      },
    })
    expect(parseCliArgs(['--help'])).toEqual({ ok: true, help: true })
  })

  it('refuses what it cannot use, saying why', () => {
    expect(parseCliArgs([])).toEqual({
      ok: false,
      message: 'Give one file or URL to import (see --help)',
    })
    expect(parseCliArgs(['a.json', '--timeout', 'soon'])).toEqual({
      ok: false,
      message: '--timeout must be a number above 0, not "soon"',
    })
    expect(parseCliArgs(['a.json', '--colour'])).toMatchObject({ ok: false })
  })
})

import { parseArgs } from 'node:util'

export const USAGE = `Usage: npm run directory:import -- <file-or-url> [options]

Reads Open Referral UK services (a 3.0 /services page, a 1.x page, a list or one service) and
writes areas/<area>/directory.json for the app.

Options:
  --area <id>          area to import for (default: demo)
  --out <file>         write the bundle here instead (a trial run; the area is used for its
                       topic mapping only)
  --timeout <seconds>  per web request (default: 30)
  --max-pages <n>      most pages to read from a URL (default: 500)
  --help               show this`

export interface CliArgs {
  source: string
  area: string
  out?: string
  timeoutMs?: number
  maxPages?: number
}

export type ParsedArgs =
  { ok: true; args: CliArgs } | { ok: true; help: true } | { ok: false; message: string }

function positive(value: string | undefined, name: string): number | string | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : `--${name} must be a number above 0, not "${value}"`
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        area: { type: 'string', default: 'demo' },
        out: { type: 'string' },
        timeout: { type: 'string' },
        'max-pages': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { ok: true, help: true }
  if (positionals.length !== 1 || positionals[0] === undefined) {
    return { ok: false, message: 'Give one file or URL to import (see --help)' }
  }
  const timeout = positive(values.timeout, 'timeout')
  const maxPages = positive(values['max-pages'], 'max-pages')
  if (typeof timeout === 'string') return { ok: false, message: timeout }
  if (typeof maxPages === 'string') return { ok: false, message: maxPages }
  return {
    ok: true,
    args: {
      source: positionals[0],
      area: values.area,
      ...(values.out !== undefined && { out: values.out }),
      ...(timeout !== undefined && { timeoutMs: timeout * 1000 }),
      ...(maxPages !== undefined && { maxPages: Math.floor(maxPages) }),
    },
  }
}

import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as v from 'valibot'
import { BUILT_AREA_FILE } from '../scripts/vite-plugin-area.ts'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Config {
  port: number
  host: string
  distDir: string
  dataDir: string
  dbFile: string
  logLevel: LogLevel
  /**
   * The area pack whose directory feed (if any) this server refreshes: HARBOUR_AREA, else the
   * area the build says it is for, else the demo.
   */
  area: string
  directoryRefreshMs: number
  /** PostgreSQL instead of the SQLite file, when DATABASE_URL is set. */
  databaseUrl?: string
  /** Which proxies to believe about the client's address (for the new-account limit). */
  trustProxy: boolean | string[]
  /** The sync API's limits an operator may change (the rest are fixed by the design). */
  sync: {
    accountRequestsPerMinute: number
    newAccountsPerHour: number
    expiryDays: number
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

const portSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535'),
  v.transform(Number),
  v.maxValue(65535, 'must be a whole number from 0 to 65535'),
)

const hostSchema = v.pipe(
  v.string(),
  v.check(
    (host) => isIP(host) !== 0 || HOSTNAME.test(host),
    'must be an IP address or a host name, such as 127.0.0.1, 0.0.0.0 or localhost',
  ),
)

const AREA_ID = /^[a-z0-9-]+$/
const DEFAULT_AREA = 'demo'

const pathSchema = v.pipe(
  v.string(),
  v.check((value) => !value.includes('\0'), 'must be a file system path'),
)

const wholeNumber = (min: number, max: number, unit = '') => {
  const message = `must be a whole number${unit} from ${min} to ${max}`
  return v.pipe(
    v.string(),
    v.regex(/^\d{1,9}$/, message),
    v.transform(Number),
    v.minValue(min, message),
    v.maxValue(max, message),
  )
}

const databaseUrlSchema = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
    } catch {
      return false
    }
  }, 'must be a PostgreSQL URL: postgres://user:password@host:port/database'),
)

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal'])

const trustProxySchema = v.pipe(
  v.string(),
  v.transform((value): boolean | string[] => {
    if (value === 'true' || value === 'false') return value === 'true'
    return value.split(',').map((part) => part.trim())
  }),
  v.check(
    (value) =>
      typeof value === 'boolean' ||
      value.every((part) => {
        const [address, bits, ...rest] = part.split('/')
        if (rest.length > 0 || !address) return false
        if (PROXY_KEYWORDS.has(address) && bits === undefined) return true
        return isIP(address) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits))
      }),
    'must be true, false, or a comma-separated list of proxy addresses, CIDR ranges, loopback, linklocal or uniquelocal',
  ),
)

/** Variables whose values may hold a secret, and are never repeated in an error message. */
const SECRET_VARIABLES = new Set(['DATABASE_URL'])

const envSchema = v.object({
  PORT: v.optional(portSchema, '8080'),
  HOST: v.optional(hostSchema, '127.0.0.1'),
  HARBOUR_DIST_DIR: v.optional(pathSchema),
  HARBOUR_DATA_DIR: v.optional(pathSchema),
  HARBOUR_DB_FILE: v.optional(pathSchema),
  HARBOUR_AREA: v.optional(
    v.pipe(v.string(), v.regex(AREA_ID, 'must be lower-case letters, digits and dashes')),
  ),
  HARBOUR_DIRECTORY_REFRESH_MINUTES: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}$/, 'must be a whole number of minutes from 1 to 10080'),
      v.transform(Number),
      v.minValue(1, 'must be a whole number of minutes from 1 to 10080'),
      v.maxValue(10080, 'must be a whole number of minutes from 1 to 10080'),
    ),
    '360',
  ),
  LOG_LEVEL: v.optional(v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
  DATABASE_URL: v.optional(databaseUrlSchema),
  HARBOUR_TRUST_PROXY: v.optional(trustProxySchema, 'false'),
  HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE: v.optional(wholeNumber(1, 1_000_000), '60'),
  HARBOUR_SYNC_NEW_ACCOUNTS_PER_HOUR: v.optional(wholeNumber(0, 1_000_000), '5'),
  HARBOUR_SYNC_EXPIRY_DAYS: v.optional(wholeNumber(30, 3650, ' of days'), '400'),
})

type Env = Record<string, string | undefined>

/**
 * The area a build says it is for (the file the build writes beside index.html), or undefined
 * when there is no build there or it is from before builds named their area.
 */
export function readBuiltArea(distDir: string): string | undefined {
  const file = path.join(distDir, BUILT_AREA_FILE)
  let text: string
  try {
    text = readFileSync(file, 'utf8').trim()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new ConfigError(`Cannot read ${file} (${code ?? String(error)})`)
  }
  if (text === '') return undefined
  if (!AREA_ID.test(text)) {
    throw new ConfigError(
      `${file} should name the area the app was built for (lower-case letters, digits and dashes), but holds ${JSON.stringify(text.slice(0, 40))}; build the app again`,
    )
  }
  return text
}

/**
 * The area to serve. A server serving one area's build with another area's directory feed would
 * show young people services from the wrong place, so a disagreement stops it starting.
 */
function chooseArea(wanted: string | undefined, distDir: string, built: string | undefined) {
  if (wanted && built && wanted !== built) {
    throw new ConfigError(
      `HARBOUR_AREA is "${wanted}", but the app in ${distDir} was built for the area "${built}": build it again for "${wanted}", or leave HARBOUR_AREA unset to serve "${built}"`,
    )
  }
  return wanted ?? built ?? DEFAULT_AREA
}

/**
 * Reads the server's settings from the environment and the build's area file. Relative paths
 * are taken from `cwd`. Throws a ConfigError whose message is one line naming what is at fault.
 */
export function loadConfig(
  env: Env = process.env,
  cwd: string = process.cwd(),
  builtAreaOf: (distDir: string) => string | undefined = readBuiltArea,
): Config {
  // An empty or blank variable (`PORT= npm start`) means "use the default", as in most tools.
  const present: Env = {}
  for (const key of Object.keys(envSchema.entries)) {
    const value = env[key]?.trim()
    if (value) present[key] = value
  }

  const result = v.safeParse(envSchema, present)
  if (!result.success) {
    const issue = result.issues[0]
    const key = v.getDotPath(issue) ?? 'environment'
    const shown = SECRET_VARIABLES.has(key) ? '' : `=${JSON.stringify(present[key] ?? '')}`
    throw new ConfigError(`Invalid environment variable ${key}${shown}: ${issue.message}`)
  }

  const out = result.output
  const distDir = path.resolve(cwd, out.HARBOUR_DIST_DIR ?? path.join(repoRoot, 'dist'))
  const dataDir = path.resolve(cwd, out.HARBOUR_DATA_DIR ?? path.join(repoRoot, 'data'))
  const dbFile = path.resolve(cwd, out.HARBOUR_DB_FILE ?? path.join(dataDir, 'harbour.sqlite'))
  return {
    port: out.PORT,
    host: out.HOST,
    distDir,
    dataDir,
    dbFile,
    logLevel: out.LOG_LEVEL,
    area: chooseArea(out.HARBOUR_AREA, distDir, builtAreaOf(distDir)),
    directoryRefreshMs: out.HARBOUR_DIRECTORY_REFRESH_MINUTES * 60_000,
    ...(out.DATABASE_URL ? { databaseUrl: out.DATABASE_URL } : {}),
    trustProxy: out.HARBOUR_TRUST_PROXY,
    sync: {
      accountRequestsPerMinute: out.HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE,
      newAccountsPerHour: out.HARBOUR_SYNC_NEW_ACCOUNTS_PER_HOUR,
      expiryDays: out.HARBOUR_SYNC_EXPIRY_DAYS,
    },
  }
}

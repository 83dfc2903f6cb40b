import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, repoRoot } from './config.ts'

describe('loadConfig', () => {
  it('has safe defaults', () => {
    const noBuiltArea = () => undefined
    expect(loadConfig({}, '/anywhere', noBuiltArea)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      distDir: path.join(repoRoot, 'dist'),
      dataDir: path.join(repoRoot, 'data'),
      dbFile: path.join(repoRoot, 'data', 'harbour.sqlite'),
      logLevel: 'info',
      area: 'demo',
      directoryRefreshMs: 6 * 60 * 60_000,
      trustProxy: false,
      sync: { accountRequestsPerMinute: 60, newAccountsPerHour: 5, expiryDays: 400 },
    })
  })

  it('reads every variable, resolving relative paths from the working directory', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        HARBOUR_DIST_DIR: 'build/web',
        HARBOUR_DATA_DIR: '/var/lib/harbour',
        LOG_LEVEL: 'debug',
        HARBOUR_AREA: 'north-vale',
        HARBOUR_DIRECTORY_REFRESH_MINUTES: '15',
        DATABASE_URL: 'postgres://harbour:pw@db.internal:5432/harbour',
        HARBOUR_TRUST_PROXY: '10.0.0.0/8, loopback',
        HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE: '600',
        HARBOUR_SYNC_NEW_ACCOUNTS_PER_HOUR: '50',
        HARBOUR_SYNC_EXPIRY_DAYS: '730',
      },
      '/srv/app',
    )
    expect(config).toEqual({
      port: 0,
      host: '0.0.0.0',
      distDir: '/srv/app/build/web',
      dataDir: '/var/lib/harbour',
      dbFile: '/var/lib/harbour/harbour.sqlite',
      logLevel: 'debug',
      area: 'north-vale',
      directoryRefreshMs: 15 * 60_000,
      databaseUrl: 'postgres://harbour:pw@db.internal:5432/harbour',
      trustProxy: ['10.0.0.0/8', 'loopback'],
      sync: { accountRequestsPerMinute: 600, newAccountsPerHour: 50, expiryDays: 730 },
    })
  })

  it('lets the database file live outside the data directory', () => {
    const config = loadConfig({ HARBOUR_DB_FILE: '/mnt/db/h.sqlite', HOST: 'localhost' }, '/')
    expect(config.dbFile).toBe('/mnt/db/h.sqlite')
    expect(config.host).toBe('localhost')
  })

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '  ' }, '/')).toMatchObject({
      port: 8080,
      logLevel: 'info',
    })
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ PORT: '-1' }, 'PORT="-1"'],
    [{ PORT: '80.5' }, 'PORT="80.5"'],
    [{ HOST: 'not a host' }, 'HOST="not a host"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud"'],
    [{ HARBOUR_TRUST_PROXY: 'yes please' }, 'HARBOUR_TRUST_PROXY="yes please"'],
    [{ HARBOUR_TRUST_PROXY: '10.0.0.1/8/2' }, 'HARBOUR_TRUST_PROXY="10.0.0.1/8/2"'],
    [{ HARBOUR_SYNC_EXPIRY_DAYS: '7' }, 'HARBOUR_SYNC_EXPIRY_DAYS="7"'],
    [
      { HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE: '0' },
      'HARBOUR_SYNC_ACCOUNT_REQUESTS_PER_MINUTE="0"',
    ],
  ])('rejects %o in one line naming the variable', (env, named) => {
    let error: unknown
    try {
      loadConfig(env, '/')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).toContain(`Invalid environment variable ${named}`)
    expect(message).not.toContain('\n')
  })

  it('accepts postgresql:// as well, and trust in every proxy', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://h@localhost/h', HARBOUR_TRUST_PROXY: 'true' }, '/'),
    ).toMatchObject({ databaseUrl: 'postgresql://h@localhost/h', trustProxy: true })
  })

  it.each(['mysql://root:hunter2@db/h', 'postgres://', 'hunter2'])(
    'refuses DATABASE_URL=%s without repeating it, since it may hold a password',
    (value) => {
      expect(() => loadConfig({ DATABASE_URL: value }, '/')).toThrow(
        'Invalid environment variable DATABASE_URL: must be a PostgreSQL URL',
      )
      expect(() => loadConfig({ DATABASE_URL: value }, '/')).not.toThrow(/hunter2/)
    },
  )

  it('says what a port must be', () => {
    expect(() => loadConfig({ PORT: 'abc' }, '/')).toThrow(
      'Invalid environment variable PORT="abc": must be a whole number from 0 to 65535',
    )
  })
})

import { execFile, execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { appendFile, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface ThrowawayPostgres {
  /** `postgres://…@127.0.0.1:PORT/postgres` for the cluster's superuser. */
  url: string
  /** Stops the server at once and removes its files. Safe to call more than once. */
  stop(): Promise<void>
}

/** Clusters still running, stopped on the way out if the process ends without stopping them. */
const running = new Set<() => void>()
process.once('exit', () => {
  for (const stopNow of running) stopNow()
})

const INSTALL_HINT =
  "PostgreSQL is not installed: run `bash scripts/ensure-postgres.sh` (installs Debian's postgresql)"

/** The newest PostgreSQL's programs: HARBOUR_PG_BIN, Debian's /usr/lib/postgresql/N/bin, or PATH. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.HARBOUR_PG_BIN
  if (given) {
    if (existsSync(path.join(given, 'initdb'))) return given
    throw new Error(`HARBOUR_PG_BIN=${given} has no initdb`)
  }
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name) && existsSync(path.join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))
    if (versions[0]) return path.join(debian, versions[0], 'bin')
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) {
      return dir
    }
  }
  throw new Error(INSTALL_HINT)
}

/** initdb refuses to run as root, so root runs the cluster as Debian's `postgres` user. */
async function clusterUser(): Promise<{ uid: number; gid: number; name: string } | null> {
  if (process.getuid?.() !== 0) return null
  try {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', 'postgres']).then(({ stdout }) => Number(stdout.trim())),
      run('id', ['-g', 'postgres']).then(({ stdout }) => Number(stdout.trim())),
    ])
    return { uid, gid, name: 'postgres' }
  } catch {
    throw new Error(
      'PostgreSQL will not run as root and there is no "postgres" user to run it as; ' +
        "install Debian's postgresql (bash scripts/ensure-postgres.sh), which creates one",
    )
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a private PostgreSQL on a free loopback port, in a new temporary directory, with no
 * durability (fsync off: it lives for one test run or one bench). Nothing else on the machine is
 * touched: no service, no system cluster, no Unix socket.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin()
  const user = await clusterUser()
  const dir = await mkdtemp(path.join(tmpdir(), 'harbour-pg-'))
  const dataDir = path.join(dir, 'data')
  const password = randomBytes(18).toString('base64url')
  const as = (program: string, args: string[]) =>
    user
      ? run('runuser', ['-u', user.name, '--', path.join(bin, program), ...args])
      : run(path.join(bin, program), args)

  const pgCtlStop = ['stop', '-D', dataDir, '-m', 'immediate', '-w']
  const stopNow = () => {
    try {
      if (user)
        execFileSync('runuser', ['-u', user.name, '--', path.join(bin, 'pg_ctl'), ...pgCtlStop])
      else execFileSync(path.join(bin, 'pg_ctl'), pgCtlStop)
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true })
  }
  let started = false
  const stop = async () => {
    running.delete(stopNow)
    if (started) {
      started = false
      await as('pg_ctl', pgCtlStop).catch(() => {})
    }
    await rm(dir, { recursive: true, force: true })
  }

  try {
    if (user) await chown(dir, user.uid, user.gid)
    const passwordFile = path.join(dir, 'password')
    await writeFile(passwordFile, password, { mode: 0o600 })
    if (user) await chown(passwordFile, user.uid, user.gid)
    await as('initdb', [
      '-D',
      dataDir,
      '-U',
      'harbour',
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ])

    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      await appendFile(
        path.join(dataDir, 'postgresql.conf'),
        [
          '',
          "listen_addresses = '127.0.0.1'",
          `port = ${port}`,
          "unix_socket_directories = ''",
          'fsync = off',
          'synchronous_commit = off',
          'full_page_writes = off',
          'max_connections = 300',
          '',
        ].join('\n'),
      )
      try {
        await as('pg_ctl', ['start', '-D', dataDir, '-w', '-t', '60', '-l', path.join(dir, 'log')])
        started = true
        running.add(stopNow)
        return { url: `postgres://harbour:${password}@127.0.0.1:${port}/postgres`, stop }
      } catch (error) {
        // Another program may have taken the port between our check and the start: try another.
        if (attempt >= 3) throw error
      }
    }
  } catch (error) {
    const log = await readFile(path.join(dir, 'log'), 'utf8').catch(() => '')
    await stop()
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`Could not start a throwaway PostgreSQL: ${message}\n${log}`.trim())
  }
}

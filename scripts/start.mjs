// `npm start`: build the app if the build is missing, older than its sources or made for another
// area, then run the server. Plain Node so it works before anything is compiled.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = path.join(root, 'dist', 'index.html')
const SOURCE_DIRS = ['src', 'content', 'areas', 'public', 'scripts']
const SOURCE_FILES = ['index.html', 'vite.config.ts', 'package.json']
// Written into each build by scripts/vite-plugin-area.ts (BUILT_AREA_FILE): the area it is for.
const BUILT_AREA_FILE = '.harbour-area'
const wantedArea = process.env.HARBOUR_AREA?.trim() || 'demo'

/** The area a build was made for, or null when it does not say (a build from before areas). */
function builtAreaOf(distDir) {
  try {
    return readFileSync(path.join(distDir, BUILT_AREA_FILE), 'utf8').trim() || null
  } catch {
    return null
  }
}

/** Why a build is needed, or null when dist/ is up to date. */
function buildReason() {
  const builtAt = mtimeOf(builtIndex)
  if (builtAt === null) return 'no build found'
  const builtArea = builtAreaOf(path.dirname(builtIndex))
  if (builtArea !== wantedArea) {
    return builtArea
      ? `the build is for the area "${builtArea}", not "${wantedArea}"`
      : 'the build does not say which area it is for'
  }
  for (const file of [...SOURCE_FILES, ...SOURCE_DIRS.flatMap((dir) => filesUnder(dir))]) {
    const changedAt = mtimeOf(path.join(root, file))
    if (changedAt !== null && changedAt > builtAt) return `${file} changed since the last build`
  }
  return null
}

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs
  } catch {
    return null
  }
}

function filesUnder(dir) {
  let entries
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.name === 'node_modules') return []
    return entry.isDirectory() ? filesUnder(relative) : [relative]
  })
}

/** Runs a child with this terminal, passing on SIGINT/SIGTERM; resolves with how it ended. */
function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    // Windows can only start npm.cmd through a shell.
    const shell = process.platform === 'win32' && command.endsWith('.cmd')
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell, env })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve({ code, signal })
    })
  })
}

/** Ends this process the way the child ended, so callers (npm, CI, systemd) see the same. */
function exitLike({ code, signal }) {
  if (signal) {
    // With no listener left, the default action ends us here; the exit below is a fallback.
    process.kill(process.pid, signal)
    process.exit(128 + (os.constants.signals[signal] ?? 0))
  }
  process.exit(code ?? 1)
}

// Under `npm start` npm tells us its own entry point; reuse it rather than finding `npm` on PATH.
function npm(args) {
  const npmCli = process.env.npm_execpath
  if (npmCli && /\.[cm]?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args])
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args)
}

// The server serves the area the build is for: it reads that area's pack for its directory feed.
let servedArea = wantedArea

// A custom HARBOUR_DIST_DIR is a build someone else made; `npm run build` would not update it.
if (process.env.HARBOUR_DIST_DIR) {
  const builtArea = builtAreaOf(path.resolve(process.env.HARBOUR_DIST_DIR))
  if (builtArea && process.env.HARBOUR_AREA?.trim() && builtArea !== wantedArea) {
    console.error(
      `harbour: HARBOUR_DIST_DIR holds a build for the area "${builtArea}", but HARBOUR_AREA is "${wantedArea}"`,
    )
    process.exit(1)
  }
  servedArea = builtArea ?? wantedArea
} else {
  const reason = buildReason()
  if (reason) {
    console.log(`Building the app for the area "${wantedArea}" (${reason})…`)
    const build = await npm(['run', 'build'])
    if (build.code !== 0) exitLike(build)
  }
}

exitLike(
  await run(process.execPath, ['--import', 'tsx', path.join('server', 'main.ts')], {
    ...process.env,
    HARBOUR_AREA: servedArea,
  }),
)

#!/usr/bin/env node
// `npm test`: every suite, in the order that fails fastest, then one closing line of counts.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const results = 'build/test-results'
mkdirSync(results, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }

function run(title, command, args) {
  console.log(`\n▶ ${title}`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  console.log(
    `  ${title}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return status === 0
}

/**
 * Runs checks side by side (the machine has two cores), each printing its output when it ends so
 * the two never interleave; true when all passed.
 */
async function runTogether(checks) {
  const results = await Promise.all(
    checks.map(
      ([title, command, args]) =>
        new Promise((resolve) => {
          const started = Date.now()
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
          let output = ''
          child.stdout.on('data', (chunk) => (output += chunk))
          child.stderr.on('data', (chunk) => (output += chunk))
          child.on('close', (status) => {
            console.log(`\n▶ ${title}`)
            if (output) process.stdout.write(output)
            const seconds = ((Date.now() - started) / 1000).toFixed(1)
            console.log(`  ${title}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`)
            resolve(status === 0)
          })
        }),
    ),
  )
  return results.every(Boolean)
}

function countVitest(file) {
  if (!existsSync(file)) return
  const report = JSON.parse(readFileSync(file, 'utf8'))
  totals.passed += report.numPassedTests ?? 0
  totals.failed += report.numFailedTests ?? 0
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}

function vitest(title, file, extra = []) {
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ])
  countVitest(file)
  return ok
}

const steps = [
  () => run('Chromium (Debian) for the browser tests', 'bash', ['scripts/ensure-chromium.sh']),
  () => run('PostgreSQL (Debian) for the sync store tests', 'bash', ['scripts/ensure-postgres.sh']),
  () =>
    runTogether([
      ['Lint (ESLint + Prettier)', 'npm', ['run', '--silent', 'lint']],
      ['Type-check', 'npm', ['run', '--silent', 'typecheck']],
    ]),
  () => vitest('Unit and component tests', `${results}/unit.json`),
  () => run('Build', 'npm', ['run', '--silent', 'build']),
  () =>
    vitest('Browser tests (Chromium, built app, real server)', `${results}/e2e.json`, [
      '--config',
      'tests/e2e/vitest.config.ts',
    ]),
]

let ok = true
for (const step of steps) {
  if (!(await step())) {
    ok = false
    break
  }
}

console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(ok && totals.failed === 0 ? 0 : 1)

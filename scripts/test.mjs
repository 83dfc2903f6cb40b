#!/usr/bin/env node
// `npm test`: every suite, in the order that fails fastest, then one closing line of counts.
import { spawnSync } from 'node:child_process'
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
  () => run('Lint (ESLint + Prettier)', 'npm', ['run', '--silent', 'lint']),
  () => run('Type-check', 'npm', ['run', '--silent', 'typecheck']),
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
  if (!step()) {
    ok = false
    break
  }
}

console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
)
process.exit(ok && totals.failed === 0 ? 0 : 1)

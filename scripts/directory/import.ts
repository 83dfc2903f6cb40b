import path from 'node:path'
import { parseCliArgs, USAGE } from './cli-args.ts'
import { formatReport } from './report.ts'
import { runImport } from './run-import.ts'

/**
 * `npx tsx scripts/directory/import.ts <file-or-url> [--area <id>] [--out <file>]`
 *
 * Exits non-zero only when nothing usable was read (or the bundle could not be written):
 * bad records are reported and left out, never a reason to fail the run.
 */

const root = path.resolve(import.meta.dirname, '../..')
const parsed = parseCliArgs(process.argv.slice(2))
if (!parsed.ok) {
  console.error(`Error: ${parsed.message}`)
  process.exit(1)
}
if ('help' in parsed) {
  console.log(USAGE)
  process.exit(0)
}

const { args } = parsed
const result = await runImport({
  source: args.source,
  area: args.area,
  root,
  out: args.out,
  fetch: {
    ...(args.timeoutMs !== undefined && { timeoutMs: args.timeoutMs }),
    ...(args.maxPages !== undefined && { maxPages: args.maxPages }),
  },
})

if (result.records.length > 0 || result.notes.length > 0) {
  console.log(formatReport(result.records, result.notes).join('\n'))
}
if (result.output) {
  const { label, bytes, written } = result.output
  const count = result.bundle?.services.length ?? 0
  const services = `${count} ${count === 1 ? 'service' : 'services'}`
  console.log(
    written
      ? `Wrote ${label}: ${services}, ${bytes} bytes.`
      : `${label} is unchanged (${services}, ${bytes} bytes): the same data as before.`,
  )
}
if (!result.ok) {
  console.error(`Error: ${result.error ?? 'the import failed'}`)
  process.exit(1)
}

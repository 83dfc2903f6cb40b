import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build, type Rolldown } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { documentsPlugin } from './vite-plugin-documents.ts'

const repository = path.resolve(import.meta.dirname, '../..')
let root: string | undefined

/** A small project holding a copy of docs/ and a page that uses the documents. */
function project(): string {
  root = mkdtempSync(path.join(tmpdir(), 'harbour-documents-'))
  cpSync(path.join(repository, 'docs'), path.join(root, 'docs'), { recursive: true })
  writeFileSync(
    path.join(root, 'entry.js'),
    [
      "import { documents, documentLoaders } from 'virtual:harbour-documents'",
      'export const titles = documents.map((d) => d.title)',
      'export const hazardLog = () => documentLoaders["hazard-log"]()',
    ].join('\n'),
  )
  return root
}

async function buildProject(dir: string): Promise<Rolldown.RolldownOutput> {
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [documentsPlugin(dir)],
    build: {
      write: false,
      lib: { entry: path.join(dir, 'entry.js'), formats: ['es'], fileName: 'entry' },
    },
  })
  return (Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
  root = undefined
})

describe('documentsPlugin', () => {
  it('builds the list of documents into the page, and each body into its own chunk', async () => {
    const { output } = await buildProject(project())
    const chunks = output.filter((file) => file.type === 'chunk')
    const entry = chunks.find((chunk) => chunk.isEntry)
    expect(entry?.code).toContain('Harbour hazard log')
    expect(entry?.code).not.toContain('<h2')
    const bodies = chunks.filter((chunk) => !chunk.isEntry)
    expect(bodies).toHaveLength(8)
    expect(bodies.some((chunk) => chunk.code.includes('id=\\"h01-wrong-or-out-of-date'))).toBe(true)
  }, 60_000)

  it('fails the build, naming the file, when a document has a broken link', async () => {
    const dir = project()
    const file = path.join(dir, 'docs/privacy/privacy-notice-schools.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('(privacy-notice-parents.md)', '(parents.md)'),
    )
    await expect(buildProject(dir)).rejects.toThrow(
      'docs/privacy/privacy-notice-schools.md: the link "parents.md" leads to docs/privacy/parents.md, which does not exist',
    )
  }, 60_000)
})

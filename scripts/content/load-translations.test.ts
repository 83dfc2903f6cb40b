import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadArticles, loadTranslations } from './load-articles.ts'

const contentDir = path.resolve(import.meta.dirname, '../../content')
const english = readFileSync(path.join(contentDir, 'sleep.md'), 'utf8')

describe('article translations', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  function contentWith(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'harbour-content-'))
    writeFileSync(path.join(dir, 'sleep.md'), english)
    mkdirSync(path.join(dir, 'cy'))
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'cy', name), text)
    return dir
  }

  it('reads content/<locale>/ beside the English articles', () => {
    const root = contentWith({ 'sleep.md': english })
    const slugs = new Set(loadArticles(root).map((a) => a.slug))
    expect(loadTranslations(root, 'cy', slugs).map((a) => a.slug)).toEqual(['sleep'])
  })

  it('has none for a language with no folder', () => {
    expect(loadTranslations(contentDir, 'ga', new Set(['sleep']))).toEqual([])
  })

  it('refuses a translation of an article that does not exist, naming the file', () => {
    const root = contentWith({ 'no-such-thing.md': english.replace('slug: sleep', 'slug: no-such-thing') })
    expect(() => loadTranslations(root, 'cy', new Set(['sleep']))).toThrow(/content\/cy\/no-such-thing\.md/)
  })
})

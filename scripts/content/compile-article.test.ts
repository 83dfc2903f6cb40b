import { describe, expect, it } from 'vitest'
import { compileArticle } from './compile-article.ts'

const good = `---
title: Sleep
summary: Small things that can help you sleep better tonight.
audiences: [young-people]
ages: { min: 11, max: 25 }
topics: [sleep]
thrive: Thriving
readingMinutes: 2
reviewed: 2026-11-24
contentNote: none
related:
  articles: [low-mood]
  tools: [breathing]
  findSupport: sleep
---

Some words about **sleep**. Try [breathing](/tools/breathing).

## A heading
`

describe('compileArticle', () => {
  it('compiles front matter, HTML, plain text and links', () => {
    const article = compileArticle('content/sleep.md', good)
    expect(article).toMatchObject({ slug: 'sleep', title: 'Sleep', thrive: 'Thriving' })
    expect(article.html).toContain('<strong>sleep</strong>')
    expect(article.html).toContain('<h2>A heading</h2>')
    expect(article.text).toContain('Some words about sleep')
    expect(article.links).toEqual(['/tools/breathing'])
    expect(article.reviewed).toBe('2026-11-24')
  })

  it('names the file and the field when a field is wrong', () => {
    const bad = good.replace('thrive: Thriving', 'thrive: Getting Help')
    expect(() => compileArticle('content/sleep.md', bad)).toThrow(
      /sleep\.md: front matter is not valid:\n {2}- field "thrive": must be "Thriving" or "Getting Advice"/,
    )
  })

  it('names a missing field', () => {
    const bad = good.replace(/^summary:.*\n/m, '')
    expect(() => compileArticle('content/sleep.md', bad)).toThrow(/field "summary"/)
  })

  it('names an unknown field, a reversed age range and an unknown topic', () => {
    const bad = good
      .replace('ages: { min: 11, max: 25 }', 'ages: { min: 18, max: 11 }')
      .replace('topics: [sleep]', 'topics: [sleeping]')
      .replace('contentNote: none', 'contentNote: none\nauthor: someone')
    const error = (() => {
      try {
        compileArticle('content/sleep.md', bad)
      } catch (e) {
        return (e as Error).message
      }
    })()
    expect(error).toMatch(/field "ages": min must not be more than max/)
    expect(error).toMatch(/field "topics.0"/)
    expect(error).toMatch(/field "author"/)
  })

  it('rejects a file with no front matter, or broken YAML', () => {
    expect(() => compileArticle('x.md', 'Just text')).toThrow(/x\.md: no front matter/)
    expect(() => compileArticle('x.md', '---\ntitle: [unclosed\n---\nBody')).toThrow(
      /x\.md: front matter is not valid YAML/,
    )
  })

  it('rejects a level-1 heading in the body', () => {
    expect(() => compileArticle('x.md', `${good}\n# Another title\n`)).toThrow(/level-1 heading/)
  })
})

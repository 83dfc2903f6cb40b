import { describe, expect, it } from 'vitest'
import { compileDocument, DocumentError, headingId } from './compile-document.ts'
import { BrokenLinkError, type LinkContext } from './document-links.ts'

const context: LinkContext = {
  from: 'docs/clinical-safety/hazard-log.md',
  slugsByFile: new Map([
    ['docs/clinical-safety/hazard-log.md', 'hazard-log'],
    ['docs/privacy/dpia.md', 'dpia'],
    ['docs/accessibility-statement.md', 'accessibility-statement'],
  ]),
  fileExists: (file) =>
    ['docs/adr/0005-passcode-lock.md', 'src/db/sealing.test.ts', 'README.md'].includes(file),
}

function compile(body: string, title = '# A log') {
  return compileDocument(`${title}\n\n${body}\n`, context)
}

describe('compileDocument', () => {
  it('takes the level-1 heading as the title and leaves it out of the body', () => {
    const document = compile('Some words.', "# Harbour and the Children's Code")
    expect(document.title).toBe("Harbour and the Children's Code")
    expect(document.html).not.toContain('<h1')
    expect(document.html).toContain('<p>Some words.</p>')
  })

  it('gives headings the ids GitHub gives them, numbering repeats', () => {
    const document = compile(
      "## 5. How risk is rated\n\n## Content that's not in scope\n\n## Notes\n\n## Notes",
    )
    expect(document.html).toContain('<h2 id="5-how-risk-is-rated">5. How risk is rated</h2>')
    expect(document.ids).toEqual([
      '5-how-risk-is-rated',
      'content-thats-not-in-scope',
      'notes',
      'notes-1',
    ])
    expect(headingId('H01 Wrong or out-of-date crisis number')).toBe(
      'h01-wrong-or-out-of-date-crisis-number',
    )
  })

  it('turns links to other documents into their app addresses, keeping the part named', () => {
    const document = compile(
      'See the [DPIA](../privacy/dpia.md), its [risks](../privacy/dpia.md#step-5-identify-and-assess-risks) and the [statement](../accessibility-statement.md).',
    )
    expect(document.html).toContain('<a href="/about/documents/dpia">DPIA</a>')
    expect(document.html).toContain(
      '<a href="/about/documents/dpia#step-5-identify-and-assess-risks">risks</a>',
    )
    expect(document.html).toContain(
      '<a href="/about/documents/accessibility-statement">statement</a>',
    )
    expect(document.crossLinks).toEqual([
      { href: '../privacy/dpia.md', slug: 'dpia', anchor: undefined },
      {
        href: '../privacy/dpia.md#step-5-identify-and-assess-risks',
        slug: 'dpia',
        anchor: 'step-5-identify-and-assess-risks',
      },
      { href: '../accessibility-statement.md', slug: 'accessibility-statement', anchor: undefined },
    ])
  })

  it('keeps links to app pages, parts of the page and other websites', () => {
    const document = compile(
      '## Actions\n\nGo to [help](/help), the [actions](#actions) or [the ICO](https://ico.org.uk/).',
    )
    expect(document.html).toContain('<a href="/help">help</a>')
    expect(document.html).toContain('<a href="#actions">actions</a>')
    expect(document.html).toContain('<a href="https://ico.org.uk/">the ICO</a>')
    expect(document.appLinks).toEqual(['/help'])
  })

  it('shows links to repository files the app does not publish as their words', () => {
    const document = compile(
      'Decided in [the lock decision](../adr/0005-passcode-lock.md); proved by [`src/db/sealing.test.ts`](../../src/db/sealing.test.ts).',
    )
    expect(document.html).toContain(
      'Decided in the lock decision; proved by <code>src/db/sealing.test.ts</code>.',
    )
    expect(document.html).not.toContain('<a ')
  })

  it('puts each table in a named, focusable region that scrolls', () => {
    const document = compile(
      '| ID | Hazard |\n| --- | --- |\n| H01 | Wrong number |\n\n## Summary\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n| C | D |\n| - | - |\n| 3 | 4 |',
    )
    const regions = [...document.html.matchAll(/<div class="document-scroll"[^>]*>/g)].map(
      ([tag]) => tag,
    )
    expect(regions).toEqual([
      '<div class="document-scroll" role="region" aria-label="Table: About this document" tabindex="0">',
      '<div class="document-scroll" role="region" aria-label="Table 1: Summary" tabindex="0">',
      '<div class="document-scroll" role="region" aria-label="Table 2: Summary" tabindex="0">',
    ])
    expect(document.html).toContain(
      '<thead><tr><th scope="col">ID</th><th scope="col">Hazard</th></tr></thead>',
    )
    expect(document.html).toContain('<tr><td>H01</td><td>Wrong number</td></tr>')
  })

  it('reads a table with an empty header row as names and values', () => {
    const document = compile('|  |  |\n| - | - |\n| Status | Draft |\n| Version | 0.1 |')
    expect(document.html).not.toContain('<thead>')
    expect(document.html).toContain('<tr><th scope="row">Status</th><td>Draft</td></tr>')
  })

  it('puts preformatted text in a scrolling region too, and shows any HTML as written', () => {
    const document = compile('## Data flow\n\n```\n device ──► server\n```\n\n<script>x()</script>')
    expect(document.html).toContain(
      '<div class="document-scroll" role="region" aria-label="Preformatted text: Data flow" tabindex="0"><pre> device ──► server</pre></div>',
    )
    expect(document.html).not.toContain('<script>')
    expect(document.html).toContain('&#60;script&#62;')
  })

  it('fails, naming the file, when a link leads to a file that does not exist', () => {
    expect(() => compile('See [the plan](clinical-risk-managment-plan.md).')).toThrow(
      new BrokenLinkError(
        'docs/clinical-safety/hazard-log.md: the link "clinical-risk-managment-plan.md" leads to docs/clinical-safety/clinical-risk-managment-plan.md, which does not exist',
      ),
    )
    expect(() => compile('See [above](../../../secrets.md).')).toThrow(
      /leads outside the repository/,
    )
  })

  it('fails, naming the file, when a link leads to no heading on the page', () => {
    expect(() => compile('## Actions\n\nSee [the actions](#action).')).toThrow(
      new DocumentError(
        'docs/clinical-safety/hazard-log.md: the link "#action" leads to no heading on the page',
      ),
    )
  })

  it('needs exactly one level-1 heading, first', () => {
    expect(() => compileDocument('Words first.\n\n# Title\n', context)).toThrow(
      /hazard-log\.md: it must start with its title/,
    )
    expect(() => compile('# Another title')).toThrow(/more than one level-1 heading/)
  })
})

import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { StaticFile } from './dist-index.ts'
import { inlineStyleHashes } from './inline-style-hashes.ts'

function file(urlPath: string, text: string): StaticFile {
  return { urlPath, body: Buffer.from(text) } as StaticFile
}

const hashOf = (css: string) => `sha256-${createHash('sha256').update(css).digest('base64')}`

describe('inlineStyleHashes', () => {
  it('hashes each distinct inline stylesheet of the pages once', () => {
    const css = 'body{color:#1f2a30}.a::after{content:"→"}'
    const hashes = inlineStyleHashes([
      file('/index.html', `<head><style>${css}</style></head>`),
      file('/help.html', `<head><style>${css}</style></head>`),
      file('/about.html', '<head><style>p{margin:0}</style></head>'),
    ])
    expect(hashes).toEqual([hashOf(css), hashOf('p{margin:0}')].sort())
  })

  it('ignores styles outside HTML files and pages without any', () => {
    expect(
      inlineStyleHashes([
        file('/assets/a.js', 'const s = "<style>x</style>"'),
        file('/404.html', '<p>none</p>'),
      ]),
    ).toEqual([])
  })
})

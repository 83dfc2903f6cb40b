import path from 'node:path'
import { Marked } from 'marked'
import * as v from 'valibot'
import { parse as parseYaml } from 'yaml'
import {
  ArticleFrontMatterSchema,
  type Article,
} from '../../src/features/self-help/article-meta.ts'

export class ContentError extends Error {}

export interface CompiledArticle extends Article {
  /** The body as plain text, for search and the readability check. */
  text: string
  /** Every link in the body, as written. */
  links: string[]
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

function splitFrontMatter(file: string, source: string): { data: unknown; body: string } {
  const match = FRONT_MATTER.exec(source)
  if (!match) throw new ContentError(`${file}: no front matter (it must start with a --- block)`)
  try {
    return { data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) }
  } catch (error) {
    throw new ContentError(`${file}: front matter is not valid YAML: ${(error as Error).message}`)
  }
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Compiles one Markdown article; a bad or missing field fails with the file and field named. */
export function compileArticle(filePath: string, source: string): CompiledArticle {
  const file = path.basename(filePath)
  const slug = file.replace(/\.md$/, '')
  const { data, body } = splitFrontMatter(file, source)
  const result = v.safeParse(ArticleFrontMatterSchema, data ?? {})
  if (!result.success) {
    const problems = result.issues.map(
      (issue) => `  - field "${v.getDotPath(issue) ?? '(front matter)'}": ${issue.message}`,
    )
    throw new ContentError(`${file}: front matter is not valid:\n${problems.join('\n')}`)
  }
  if (/^#\s/m.test(body)) {
    throw new ContentError(`${file}: the body must not have a level-1 heading (the title is one)`)
  }

  const links: string[] = []
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link') links.push(token.href)
    },
  })
  const html = marked.parse(body, { async: false })
  return { slug, ...result.output, html, text: plainText(html), links }
}

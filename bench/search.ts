import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSearchIndex } from '../scripts/content/build-search-index.ts'
import { loadArticles } from '../scripts/content/load-articles.ts'
import { createArticleSearch } from '../src/features/self-help/search/article-search.ts'

const QUERIES = [
  'anxiety',
  'anxeity',
  'panic attack',
  'cant sleep',
  'exams stress',
  'bulying online',
  'my parents are splitting up',
  'self harm',
  'feeling lonely',
  'what is camhs',
  'worried about my child',
  'pupil disclosure',
  'money',
  'grieving',
]

export interface SearchBench {
  articles: number
  queries: number
  medianMs: number
  p95Ms: number
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

/** Search latency over the whole library, on the index exactly as the build makes it. */
export function benchSearch(root: string, rounds = 200): SearchBench {
  const articles = loadArticles(path.join(root, 'content'))
  const search = createArticleSearch(buildSearchIndex(articles), articles)
  for (const query of QUERIES) search.search(query) // warm up
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      const started = performance.now()
      search.search(query, round % 2 ? { audience: 'young-people' } : {})
      times.push(performance.now() - started)
    }
  }
  times.sort((a, b) => a - b)
  return {
    articles: articles.length,
    queries: times.length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  }
}

export interface ContentSize {
  part: string
  files: number
  raw: number
  gzip: number
}

/** What the library adds to the build: the search index, the article list and the articles. */
export async function contentSizes(root: string): Promise<ContentSize[]> {
  const assets = path.join(root, 'dist/assets')
  const names = await readdir(assets)
  const slugs = (await readdir(path.join(root, 'content'))).map((f) => f.replace(/\.md$/, ''))
  const measure = async (part: string, files: string[]): Promise<ContentSize> => {
    const bodies = await Promise.all(files.map((f) => readFile(path.join(assets, f))))
    return {
      part,
      files: files.length,
      raw: bodies.reduce((n, b) => n + b.length, 0),
      gzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    }
  }
  const isArticleChunk = (name: string) => slugs.some((slug) => name.startsWith(`${slug}-`))
  return Promise.all([
    measure(
      'search index',
      names.filter((n) => n.startsWith('_virtual_harbour-search-index-')),
    ),
    measure(
      'article list',
      names.filter((n) => n.startsWith('_virtual_harbour-articles-')),
    ),
    measure(
      'article bodies',
      names.filter((n) => n.endsWith('.js') && isArticleChunk(n)),
    ),
  ])
}

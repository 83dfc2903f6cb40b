import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as v from 'valibot'

/** Tells whether decoded path segments name one of the app's client-side routes. */
export type RouteMatcher = (segments: readonly string[]) => boolean

type PatternSegment = { param: true } | { param: false; literal: string }

interface CompiledPattern {
  segments: PatternSegment[]
  /** Ends in `/*`: matches the prefix itself and anything below it. */
  splat: boolean
}

const ROUTES_FILE = 'app-routes.json'
const PARAM = /^:[A-Za-z_][A-Za-z0-9_]*$/
const routesSchema = v.array(v.pipe(v.string(), v.startsWith('/', 'must start with "/"')))

/**
 * Reads `<distDir>/app-routes.json`, written by the build from the app's route table. Returns
 * null when the file does not exist (callers then treat every page path as an app route), and
 * throws on a file that exists but cannot be understood, so a broken build fails at start-up
 * rather than as wrong 404s.
 */
export async function loadAppRoutes(distDir: string): Promise<RouteMatcher | null> {
  const file = path.join(distDir, ROUTES_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const result = v.safeParse(routesSchema, data)
  if (!result.success) {
    const issue = result.issues[0]
    const where = v.getDotPath(issue)
    throw new Error(
      `${file} must be a JSON array of paths${where ? ` (entry ${where}: ${issue.message})` : ''}`,
    )
  }
  try {
    return compileRoutePatterns(result.output)
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
}

/**
 * Compiles patterns such as `/self-help/:slug` and `/my-space/*`. A `:name` segment matches
 * exactly one non-empty segment; a final `*` matches zero or more. Literal segments compare
 * with the decoded request segments, case-sensitively like the app's router.
 */
export function compileRoutePatterns(patterns: readonly string[]): RouteMatcher {
  const compiled = patterns.map(compilePattern)
  return (segments) => compiled.some((pattern) => matches(pattern, segments))
}

function compilePattern(pattern: string): CompiledPattern {
  const parts = pattern === '/' ? [] : pattern.slice(1).split('/')
  const splat = parts.at(-1) === '*'
  if (splat) parts.pop()

  const segments = parts.map((part): PatternSegment => {
    if (part.startsWith(':')) {
      if (!PARAM.test(part)) throw new Error(`unsupported parameter "${part}" in "${pattern}"`)
      return { param: true }
    }
    if (part === '' || part.includes('*') || part.includes(':')) {
      throw new Error(`unsupported segment "${part}" in "${pattern}"`)
    }
    return { param: false, literal: part }
  })
  return { segments, splat }
}

function matches(pattern: CompiledPattern, segments: readonly string[]): boolean {
  if (
    pattern.splat
      ? segments.length < pattern.segments.length
      : segments.length !== pattern.segments.length
  ) {
    return false
  }
  return pattern.segments.every((part, index) => {
    const segment = segments[index]
    if (segment === undefined || segment === '') return false
    return part.param || part.literal === segment
  })
}

import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { isTopic, TOPIC_IDS, type Topic } from '../../src/lib/topics.ts'
import { show } from './field-schemas.ts'

/**
 * An area's table from its source taxonomies to Harbour's topics, kept in
 * `areas/<area>/topic-mapping.json` so the area can edit it without touching code:
 *
 *   { "<taxonomy>": { "<code>": ["<topic>", …] }, "$comment": "…" }
 *
 * A code is looked up by the term's `code`, then `term`, then `name`. Keys starting with `$` are
 * notes for people and are skipped. A mistake fails the import with the file and entry named,
 * because importing on with a broken table would quietly strip services of their topics.
 */
export type TopicMapping = Record<string, Record<string, Topic[]>>

const Codes = v.record(
  v.pipe(v.string(), v.trim(), v.minLength(1, 'a code is empty')),
  v.pipe(
    v.array(
      v.pipe(
        v.string((issue) => `${show(issue.input)} is not a topic id`),
        v.check(isTopic, (issue) => `${show(issue.input)} is not one of Harbour's topics`),
      ),
      'must be a list of topic ids',
    ),
    v.minLength(1, 'must name at least one topic'),
  ),
  'must be an object of codes',
)

export type MappingResult =
  { ok: true; mapping: TopicMapping; note?: string } | { ok: false; message: string }

export function parseTopicMapping(data: unknown, fileName: string): MappingResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: `${fileName} must hold an object of taxonomies` }
  }
  const mapping: TopicMapping = {}
  for (const [taxonomy, codes] of Object.entries(data)) {
    if (taxonomy.startsWith('$')) continue
    const parsed = v.safeParse(Codes, codes)
    if (!parsed.success) {
      const issue = parsed.issues[0]
      const where = [taxonomy, issue && v.getDotPath(issue)].filter(Boolean).join('.')
      return { ok: false, message: `${fileName}: ${where}: ${issue?.message ?? 'is not valid'}` }
    }
    // Topics in Harbour's own order, each once, so output never depends on how the file is typed.
    mapping[taxonomy] = Object.fromEntries(
      Object.entries(parsed.output).map(([code, topics]) => [
        code,
        TOPIC_IDS.filter((topic) => topics.includes(topic)),
      ]),
    )
  }
  return { ok: true, mapping }
}

/** Reads the table; a missing file is allowed (harbour-topics codes still work), and noted. */
export async function loadTopicMapping(file: string, fileName: string): Promise<MappingResult> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        ok: true,
        mapping: {},
        note: `no topic mapping at ${fileName}: only harbour-topics codes give services topics`,
      }
    }
    return { ok: false, message: `Could not read ${fileName}: ${(error as Error).message}` }
  }
  try {
    return parseTopicMapping(JSON.parse(text), fileName)
  } catch (error) {
    return { ok: false, message: `${fileName} is not valid JSON: ${(error as Error).message}` }
  }
}

import {
  THRIVE_GROUPINGS,
  type ThriveGrouping,
} from '../../src/features/directory/service-model.ts'
import { isTopic, TOPIC_IDS, TOPICS, type Topic } from '../../src/lib/topics.ts'
import { cleanOptional } from './clean-text.ts'
import { show } from './field-schemas.ts'
import { parseLeniently } from './lenient-parse.ts'
import { AttributeSchema, TaxonomyTermSchema } from './oruk-schemas.ts'
import type { RecordLog } from './report.ts'
import type { TopicMapping } from './topic-mapping.ts'

/**
 * Topics and THRIVE groupings from a service's taxonomy terms (ORUK 3.0 `attributes`):
 * - taxonomy `thrive`: the five groupings, by label or by code (`thrive-getting-help`);
 * - taxonomy `harbour-topics`: Harbour's topic ids (or their labels), read directly;
 * - any other taxonomy: through the area's mapping table (topic-mapping.ts).
 * A term we cannot place is reported and the service kept: one unknown code must not cost
 * a young person the service.
 */

export interface Classification {
  topics: Topic[]
  thrive: ThriveGrouping[]
}

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

function thriveOf(key: string): ThriveGrouping | undefined {
  const wanted = squash(key.replace(/^thrive[-_ ]/i, ''))
  return THRIVE_GROUPINGS.find((label) => squash(label) === wanted)
}

function topicOf(key: string): Topic | undefined {
  if (isTopic(key)) return key
  return TOPIC_IDS.find((topic) => squash(TOPICS[topic]) === squash(key))
}

function lookUp(mapping: TopicMapping, taxonomy: string): Record<string, Topic[]> | undefined {
  const exact = mapping[taxonomy]
  if (exact) return exact
  const name = Object.keys(mapping).find((key) => key.toLowerCase() === taxonomy.toLowerCase())
  return name === undefined ? undefined : mapping[name]
}

export function classify(
  attributes: readonly unknown[],
  mapping: TopicMapping,
  log: RecordLog,
): Classification {
  const topics = new Set<Topic>()
  const thrive = new Set<ThriveGrouping>()
  const unmapped: string[] = []
  let unreadable = 0
  for (const attribute of attributes) {
    const parsed = parseLeniently(AttributeSchema, attribute)
    const term = parsed.ok
      ? parseLeniently(TaxonomyTermSchema, parsed.value.taxonomy_term)
      : undefined
    if (!term?.ok) {
      unreadable += 1
      continue
    }
    const { code, term: termText, name, taxonomy, taxonomy_detail } = term.value
    const keys = [code, termText, name].map(cleanOptional).filter((key) => key !== undefined)
    const source = cleanOptional(taxonomy ?? taxonomy_detail?.name) ?? ''
    const first = keys[0] ?? '(no code)'
    if (source.toLowerCase() === 'thrive') {
      const grouping = keys.map(thriveOf).find((found) => found !== undefined)
      if (grouping) thrive.add(grouping)
      else
        log.warnings.push(`THRIVE term ${show(first)} is not one of the five groupings — ignored`)
    } else if (source.toLowerCase() === 'harbour-topics') {
      const topic = keys.map(topicOf).find((found) => found !== undefined)
      if (topic) topics.add(topic)
      else
        log.warnings.push(
          `harbour-topics code ${show(first)} is not one of Harbour's topics — ignored`,
        )
    } else {
      const table = source === '' ? undefined : lookUp(mapping, source)
      const mapped = keys.map((key) => table?.[key]).find((found) => found !== undefined)
      if (mapped) mapped.forEach((topic) => topics.add(topic))
      else unmapped.push(`${show(first)} (taxonomy ${source === '' ? 'not named' : show(source)})`)
    }
  }
  if (unmapped.length > 0) {
    log.warnings.push(`topic codes with no mapping — ignored: ${unmapped.join(', ')}`)
  }
  if (unreadable > 0) {
    log.warnings.push(`${unreadable} taxonomy term(s) with nothing to read — ignored`)
  }
  return {
    topics: TOPIC_IDS.filter((topic) => topics.has(topic)),
    thrive: THRIVE_GROUPINGS.filter((grouping) => thrive.has(grouping)),
  }
}

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { newLog } from './report.ts'
import { classify } from './taxonomy.ts'
import { parseTopicMapping, type TopicMapping } from './topic-mapping.ts'
import { DEMO_MAPPING, demoServices } from './test-support.ts'

const term = (taxonomy: string, code: string, name = code) => ({
  taxonomy_term: { taxonomy, code, name },
})
const mapping: TopicMapping = { 'demo-local': { 'MH-CRI': ['suicidal-thoughts', 'getting-help'] } }

describe('classify', () => {
  it('reads THRIVE by code or label, and harbour-topics directly', () => {
    const log = newLog()
    const result = classify(
      [
        term('thrive', 'thrive-getting-risk-support', 'Getting Risk Support'),
        { taxonomy_term: { taxonomy_detail: { name: 'THRIVE' }, name: 'thriving' } },
        term('harbour-topics', 'self-harm'),
        { taxonomy_term: { taxonomy: 'harbour-topics', name: 'Anxiety and worry' } },
      ],
      {},
      log,
    )
    expect(result).toEqual({
      topics: ['anxiety', 'self-harm'],
      thrive: ['Thriving', 'Getting Risk Support'],
    })
    expect(log).toEqual({ repairs: [], warnings: [] })
  })

  it('maps other taxonomies through the area table', () => {
    expect(classify([term('demo-local', 'MH-CRI')], mapping, newLog()).topics).toEqual([
      'suicidal-thoughts',
      'getting-help',
    ])
  })

  it('reports unknown codes and keeps going', () => {
    const log = newLog()
    const result = classify(
      [
        term('demo-local', 'NOPE'),
        term('other-list', '123'),
        term('harbour-topics', 'worries'),
        term('thrive', 'getting-lots'),
        { taxonomy_term_id: 'only-an-id' },
      ],
      mapping,
      log,
    )
    expect(result).toEqual({ topics: [], thrive: [] })
    expect(log.warnings).toEqual([
      'harbour-topics code "worries" is not one of Harbour\'s topics — ignored',
      'THRIVE term "getting-lots" is not one of the five groupings — ignored',
      'topic codes with no mapping — ignored: "NOPE" (taxonomy "demo-local"), "123" (taxonomy "other-list")',
      '1 taxonomy term(s) with nothing to read — ignored',
    ])
  })
})

describe('the topic mapping table', () => {
  it('the demo table is valid and covers every demo-local code in the demo data', () => {
    const parsed = parseTopicMapping(
      JSON.parse(readFileSync(DEMO_MAPPING, 'utf8')),
      'topic-mapping.json',
    )
    if (!parsed.ok) throw new Error(parsed.message)
    const codes = new Set(
      JSON.stringify(demoServices())
        .match(
          /"code":"[^"]+","name":"[^"]+","term":"[^"]+","description":"[^"]*","taxonomy":"demo-local"/g,
        )
        ?.map((match) => /"code":"([^"]+)"/.exec(match)?.[1]),
    )
    expect(codes.size).toBe(10)
    expect(Object.keys(parsed.mapping['demo-local'] ?? {}).sort()).toEqual([...codes].sort())
  })

  it('names the file and entry of a mistake', () => {
    expect(parseTopicMapping({ local: { A: [] } }, 'm.json')).toEqual({
      ok: false,
      message: 'm.json: local.A: must name at least one topic',
    })
    expect(parseTopicMapping({ local: ['anxiety'] }, 'm.json')).toMatchObject({ ok: false })
    expect(parseTopicMapping([], 'm.json')).toMatchObject({ ok: false })
    expect(
      parseTopicMapping(
        { $comment: 'notes', local: { A: ['sleep', 'anxiety', 'sleep'] } },
        'm.json',
      ),
    ).toEqual({
      ok: true,
      mapping: { local: { A: ['anxiety', 'sleep'] } },
    })
  })
})

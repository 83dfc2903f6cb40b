/* eslint-disable lingui/no-unlocalized-strings -- ids and the build's checks of our own article files, read by their authors, never by people using the app */
import * as v from 'valibot'
import { TOPIC_IDS } from '../../lib/topics.ts'
import { toolSlugs } from './tools/tool-slugs.ts'

/** Who an article is written for. Their names for people are in audience-names.ts. */
export const AUDIENCE_IDS = ['young-people', 'parents', 'school-staff'] as const

export type Audience = (typeof AUDIENCE_IDS)[number]

/** Self-help stays in these groupings: "Getting Help" means a professional takes responsibility. */
export const ARTICLE_THRIVE = ['Thriving', 'Getting Advice'] as const

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug'))

export const ArticleFrontMatterSchema = v.strictObject({
  title: v.pipe(v.string(), v.minLength(3), v.maxLength(80)),
  summary: v.pipe(v.string(), v.minLength(10), v.maxLength(160)),
  audiences: v.pipe(
    v.array(v.picklist(AUDIENCE_IDS)),
    v.minLength(1, 'needs at least one audience'),
  ),
  ages: v.pipe(
    v.strictObject({
      min: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(25)),
      max: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(25)),
    }),
    v.check((ages) => ages.min <= ages.max, 'min must not be more than max'),
  ),
  topics: v.pipe(v.array(v.picklist(TOPIC_IDS)), v.minLength(1), v.maxLength(3)),
  thrive: v.picklist(ARTICLE_THRIVE, 'must be "Thriving" or "Getting Advice"'),
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(15)),
  reviewed: v.pipe(v.string(), v.isoDate('must be a date like 2026-11-24')),
  contentNote: v.picklist(['none', 'self-harm', 'suicide']),
  related: v.strictObject({
    articles: v.pipe(v.array(slug), v.maxLength(6)),
    tools: v.pipe(v.array(v.picklist(toolSlugs)), v.maxLength(4)),
    findSupport: v.picklist(TOPIC_IDS),
  }),
})

export type ArticleFrontMatter = v.InferOutput<typeof ArticleFrontMatterSchema>

/** What the library and search know of an article, without its body. */
export interface ArticleSummary extends ArticleFrontMatter {
  slug: string
}

export interface Article extends ArticleSummary {
  /** The body as HTML, compiled from our own Markdown at build time. */
  html: string
}

/* eslint-disable lingui/no-unlocalized-strings -- messages for whoever writes an area pack, at build time: the build's own config reads this file, so it stays free of Lingui */
import * as v from 'valibot'
import { CrisisContactSchema } from './contact-schema.ts'
import { HEX_COLOUR } from './contrast.ts'
import { checkAreaColours, type ThemeColours } from './contrast-theme.ts'

/** The languages Harbour's interface can be offered in. English is always one of them. */
export const AREA_LANGUAGES = ['en', 'cy'] as const
export type AreaLanguage = (typeof AREA_LANGUAGES)[number]

const MAX_FEATURED = 4

const idPattern = v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')
const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://'))
const hexColour = v.pipe(v.string(), v.regex(HEX_COLOUR, 'must be a colour like #1b5e6f'))

const ThemeColoursSchema = v.strictObject({
  /** Filled buttons, outlined buttons' labels and borders, accents. */
  brand: hexColour,
  /** Text on the brand colour. */
  onBrand: hexColour,
  /** Links; the brand colour when left out. */
  link: v.optional(hexColour),
})

const ColoursSchema = v.strictObject({
  ...ThemeColoursSchema.entries,
  /** For the dark theme; without it the dark theme keeps Harbour's own colours. */
  dark: v.optional(ThemeColoursSchema),
})

const ReportConcernSchema = v.pipe(
  v.strictObject({
    /** Who to contact, e.g. "Riverside Council safeguarding team". */
    name: v.pipe(v.string(), v.minLength(3)),
    /** A sentence saying when to use it. */
    when: v.pipe(v.string(), v.minLength(20, 'must be a sentence saying when to use it')),
    phone: v.optional(v.pipe(v.string(), v.regex(/^[0-9 ]{3,16}$/, 'must be digits and spaces'))),
    email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
    url: v.optional(httpsUrl),
  }),
  v.check(
    (contact) => Boolean(contact.phone ?? contact.email ?? contact.url),
    'needs at least one way to get in touch: phone, email or url',
  ),
)

const PrivacyContactSchema = v.pipe(
  v.strictObject({
    /** Who answers questions about people's information, e.g. "Riverside Council data team". */
    name: v.pipe(v.string(), v.minLength(3)),
    email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
    url: v.optional(httpsUrl),
    /** Where to write to, as one line of text, e.g. "Data team, Town Hall, Riverside RV1 1AA". */
    address: v.optional(
      v.pipe(
        v.string(),
        v.minLength(10, 'must be a postal address'),
        v.maxLength(200, 'must be at most 200 characters'),
      ),
    ),
  }),
  v.check(
    (contact) => Boolean(contact.email ?? contact.url),
    'needs an email or a url, so people can reach it from the app',
  ),
)

/**
 * An area pack configures one area's Harbour. It is validated at build time so that a mistake
 * fails the build with the file and the field named, never reaching a person. Checks that need
 * other files (the logo, featured services and articles) are made by scripts/vite-plugin-area.ts.
 */
export const AreaPackSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), idPattern),
    name: v.pipe(v.string(), v.minLength(2)),
    appName: v.pipe(v.string(), v.minLength(2), v.maxLength(30)),
    /** Harbour's own colours when left out. */
    colours: v.optional(ColoursSchema),
    /** An SVG file in the area's folder, shown small in the header beside the app name. */
    logo: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^[a-z0-9][a-z0-9._-]*\.svg$/i,
          "must be the name of an .svg file in the area's folder",
        ),
      ),
    ),
    /** What the logo shows, for people who cannot see it, e.g. "Riverside Council". */
    logoAlt: v.optional(v.pipe(v.string(), v.minLength(2), v.maxLength(80))),
    quickExitUrl: httpsUrl,
    crisisLines: v.array(CrisisContactSchema),
    /** Where the directory comes from besides the bundle built in (areas/<id>/directory.json). */
    directory: v.optional(
      v.strictObject({
        /** An Open Referral UK API's /services URL, polled by Harbour's server, never by phones. */
        feedUrl: v.optional(httpsUrl),
      }),
    ),
    /** A few services and articles shown on the home page under "In <area name>". */
    featured: v.optional(
      v.strictObject({
        services: v.optional(
          v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.maxLength(MAX_FEATURED)),
          [],
        ),
        articles: v.optional(
          v.pipe(
            v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug'))),
            v.maxLength(MAX_FEATURED),
          ),
          [],
        ),
      }),
      { services: [], articles: [] },
    ),
    /** The interface languages this area offers, for the language switch. */
    languages: v.optional(
      v.pipe(
        v.array(v.picklist(AREA_LANGUAGES, `must be one of ${AREA_LANGUAGES.join(', ')}`)),
        v.check((list) => list.includes('en'), 'must include "en"'),
        v.check((list) => new Set(list).size === list.length, 'must not list a language twice'),
      ),
      ['en'],
    ),
    /** Who to tell about a safeguarding concern or a problem with the app. */
    reportConcern: ReportConcernSchema,
    /** Who to ask about how Harbour uses people's information, named on /privacy. */
    privacyContact: v.optional(PrivacyContactSchema),
  }),
  v.forward(
    v.partialCheck(
      [['logo'], ['logoAlt']],
      (pack) => (pack.logo === undefined) === (pack.logoAlt === undefined),
      'logo and logoAlt go together: a logo needs its text, and the text needs a logo',
    ),
    ['logoAlt'],
  ),
)

export type AreaPack = v.InferOutput<typeof AreaPackSchema>
export type ReportConcern = AreaPack['reportConcern']
export type PrivacyContact = NonNullable<AreaPack['privacyContact']>

/** A featured service or article, with the name the build found for it. */
export interface FeaturedLink {
  to: string
  title: string
}

/** The logo as the header shows it: a data URL, so it needs no request and works offline. */
export interface AreaLogo {
  src: string
  alt: string
  width: number
  height: number
}

export class AreaPackError extends Error {}

/** Parses an area pack, naming the file and every bad field in the error. */
export function parseAreaPack(data: unknown, fileName: string): AreaPack {
  const result = v.safeParse(AreaPackSchema, data)
  const problems = result.success
    ? (result.output.colours ? checkAreaColours(result.output.colours) : []).map(
        ({ path, message }) => `  - ${path}: ${message}`,
      )
    : result.issues.map((issue) => `  - ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`)
  if (result.success && problems.length === 0) return result.output
  throw new AreaPackError(`${fileName} is not a valid area pack:\n${problems.join('\n')}`)
}

/** The theme.css rules each set of colours overrides; the high-contrast theme is never changed. */
const LIGHT_SELECTOR = ':root'
const DARK_SELECTORS = [
  ":root:not([data-theme='light']):not([data-theme='high-contrast'])",
  ":root[data-theme='dark']",
] as const

function declarations(colours: ThemeColours): string {
  return (
    `--primary:${colours.brand};--on-primary:${colours.onBrand};` +
    `--link:${colours.link ?? colours.brand}`
  )
}

/**
 * The area's colours as CSS custom properties, appended to the app's main stylesheet at build
 * time. That stylesheet is inlined into every page and allowed by its hash in the
 * Content-Security-Policy, so the colours need no inline style attribute and no script.
 */
export function areaThemeCss(colours: AreaPack['colours']): string {
  if (!colours) return ''
  const { dark, ...light } = colours
  let css = `\n/* The area's colours, from its area.json. */\n${LIGHT_SELECTOR}{${declarations(light)}}\n`
  if (dark) {
    const rule = declarations(dark)
    css += `@media (prefers-color-scheme: dark){${DARK_SELECTORS[0]}{${rule}}}\n`
    css += `${DARK_SELECTORS[1]}{${rule}}\n`
  }
  return css
}

export const THEME_SELECTORS = [LIGHT_SELECTOR, ...DARK_SELECTORS]

const UNSAFE_SVG: readonly [RegExp, string][] = [
  [/<script/i, 'has a <script>'],
  [/<foreignObject/i, 'has a <foreignObject>'],
  [/<!ENTITY/i, 'declares an entity'],
  [/\son[a-z]+\s*=/i, 'has an event handler attribute (on…=)'],
  [
    /\s(?:xlink:)?href\s*=\s*["']\s*(?!#)/i,
    'links to something outside itself (href not starting #)',
  ],
  [/url\(\s*["']?\s*(?!#)/i, 'uses url() to load something outside itself'],
  [/@import/i, 'imports a stylesheet'],
]

/** The widest logo the header has room for beside the app name on a 320px screen. */
export const MAX_LOGO_ASPECT = 3
const MAX_LOGO_BYTES = 20_000

/** Why an SVG is not safe, or not small enough, to be the header logo; empty when it is. */
export function logoProblems(svg: string): string[] {
  const problems: string[] = []
  const start = /^(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>[]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i
  if (!start.test(svg.trim())) problems.push('is not an SVG: it must start with <svg')
  else if (!/<svg\b[^>]*\sxmlns\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/i.test(svg)) {
    problems.push('needs xmlns="http://www.w3.org/2000/svg" on its <svg>, or browsers show nothing')
  }
  for (const [pattern, problem] of UNSAFE_SVG) if (pattern.test(svg)) problems.push(problem)
  if (new TextEncoder().encode(svg).length > MAX_LOGO_BYTES) {
    problems.push(`is larger than ${MAX_LOGO_BYTES / 1000} kB`)
  }
  const aspect = logoAspect(svg)
  if (aspect === undefined) problems.push('needs a viewBox (or width and height) to give its shape')
  else if (aspect > MAX_LOGO_ASPECT || aspect < 1 / MAX_LOGO_ASPECT) {
    problems.push(
      `must be at most ${MAX_LOGO_ASPECT} times as wide as it is tall, or the other way`,
    )
  }
  return problems
}

/** Width over height, from the root element's viewBox or else its width and height. */
export function logoAspect(svg: string): number | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? ''
  const attribute = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1]
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  const [width, height] =
    box?.length === 4 ? box.slice(2) : [Number(attribute('width')), Number(attribute('height'))]
  if (width === undefined || height === undefined || !(width > 0) || !(height > 0)) return undefined
  return width / height
}

import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'vite'
import {
  AreaPackError,
  areaThemeCss,
  logoAspect,
  logoProblems,
  parseAreaPack,
  type AreaLogo,
  type AreaPack,
  type FeaturedLink,
} from '../src/lib/area-pack.ts'

const VIRTUAL_ID = 'virtual:harbour-area'
const RESOLVED_ID = '\0' + VIRTUAL_ID

/**
 * Written into the build's folder, naming the area it was built for, so `npm start` can tell a
 * build of another area from an up-to-date one. A dot file: the server never serves it and the
 * service worker never precaches it.
 */
export const BUILT_AREA_FILE = '.harbour-area'

/** The logo sits on a white plate this many pixels high, so it reads in every theme. */
const PLATE_HEIGHT = 36
const PLATE_PADDING = 4

export function areaId(): string {
  return process.env.HARBOUR_AREA?.trim() || 'demo'
}

function packFile(id: string): string {
  return path.join('areas', id, 'area.json')
}

/** Reads and validates areas/<id>/area.json; throws with the file and field named. */
export function loadAreaPack(root: string, id = areaId()): AreaPack {
  const file = packFile(id)
  let raw: string
  try {
    raw = readFileSync(path.join(root, file), 'utf8')
  } catch {
    throw new Error(`Area pack "${id}" not found: expected ${file}`)
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  return parseAreaPack(data, file)
}

/** Everything the app is given about its area: the pack and what the build found in other files. */
export interface BuiltArea {
  pack: AreaPack
  featured: { services: FeaturedLink[]; articles: FeaturedLink[] }
  logo: AreaLogo | undefined
}

/**
 * Loads the area pack and makes the checks that need other files: the logo exists and is a safe
 * SVG, and each featured service and article exists. Throws naming area.json and the field.
 */
export async function buildArea(root: string, id = areaId()): Promise<BuiltArea> {
  const pack = loadAreaPack(root, id)
  const problems: string[] = []
  const report = (field: string, message: string) => problems.push(`  - ${field}: ${message}`)

  const featured = { services: [] as FeaturedLink[], articles: [] as FeaturedLink[] }
  if (pack.featured.services.length > 0) {
    // Loaded only when needed, so the server can read an area pack without the build's code.
    const { loadDirectoryBundle } = await import('./directory/vite-plugin-directory.ts')
    const services = new Map(loadDirectoryBundle(root, id).services.map((s) => [s.id, s.name]))
    pack.featured.services.forEach((serviceId, index) => {
      const name = services.get(serviceId)
      if (name) featured.services.push({ to: `/find-support/${serviceId}`, title: name })
      else
        report(
          `featured.services.${index}`,
          `no service "${serviceId}" in areas/${id}/directory.json`,
        )
    })
  }
  if (pack.featured.articles.length > 0) {
    const { loadArticles } = await import('./content/load-articles.ts')
    const titles = new Map(loadArticles(path.join(root, 'content')).map((a) => [a.slug, a.title]))
    pack.featured.articles.forEach((slug, index) => {
      const title = titles.get(slug)
      if (title) featured.articles.push({ to: `/self-help/${slug}`, title })
      else
        report(
          `featured.articles.${index}`,
          `no article "${slug}" in content/ (content/${slug}.md)`,
        )
    })
  }

  let logo: AreaLogo | undefined
  if (pack.logo && pack.logoAlt) {
    const file = path.join('areas', id, pack.logo)
    let svg: string | undefined
    try {
      svg = readFileSync(path.join(root, file), 'utf8')
    } catch {
      report('logo', `${file} is missing`)
    }
    if (svg !== undefined) {
      const wrong = logoProblems(svg)
      for (const problem of wrong) report('logo', `${file} ${problem}`)
      if (wrong.length === 0) logo = logoOnPlate(svg, pack.logoAlt)
    }
  }

  if (problems.length > 0) {
    throw new AreaPackError(`${packFile(id)} is not a valid area pack:\n${problems.join('\n')}`)
  }
  return { pack, featured, logo }
}

/**
 * The logo drawn on a small white plate, as a data URL. The plate keeps a logo made for white
 * paper readable on the dark and high-contrast themes, and a data URL needs no request, so the
 * logo shows offline and before the app's code has loaded. As an <img>, the SVG can run nothing.
 */
export function logoOnPlate(svg: string, alt: string): AreaLogo {
  const aspect = logoAspect(svg) ?? 1
  const inner = PLATE_HEIGHT - 2 * PLATE_PADDING
  const innerWidth = Math.round(inner * aspect)
  const width = innerWidth + 2 * PLATE_PADDING
  const embedded = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`
  const plate =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${PLATE_HEIGHT}">` +
    `<rect width="${width}" height="${PLATE_HEIGHT}" rx="6" fill="#ffffff"/>` +
    `<image x="${PLATE_PADDING}" y="${PLATE_PADDING}" width="${innerWidth}" height="${inner}" href="${embedded}"/>` +
    `</svg>`
  return {
    src: `data:image/svg+xml;base64,${Buffer.from(plate, 'utf8').toString('base64')}`,
    alt,
    width,
    height: PLATE_HEIGHT,
  }
}

/** The module the app imports: the pack, its featured links and its logo. */
export function areaModule({ pack, featured, logo }: BuiltArea): string {
  return [
    `export default ${JSON.stringify(pack)}`,
    `export const featured = ${JSON.stringify(featured)}`,
    `export const logo = ${logo ? JSON.stringify(logo) : 'undefined'}`,
  ].join('\n')
}

/**
 * Serves the chosen area pack to the app as `virtual:harbour-area`, puts its colours into the
 * app's main stylesheet, and records which area a build is for.
 */
export function areaPackPlugin(root: string): Plugin[] {
  let area: Promise<BuiltArea> | undefined
  const built = () => (area ??= buildArea(root))
  const mainStylesheet = path.join(root, 'src', 'ui', 'styles', 'index.css')
  let outDir = path.join(root, 'dist')
  let ssr = false

  const pack: Plugin = {
    name: 'harbour-area-pack',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
      ssr = Boolean(config.build.ssr)
    },
    async buildStart() {
      area = undefined
      const { pack } = await built()
      const folder = path.join(root, 'areas', pack.id)
      this.addWatchFile(path.join(folder, 'area.json'))
      if (pack.logo) this.addWatchFile(path.join(folder, pack.logo))
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      return areaModule(await built())
    },
    async transformIndexHtml(html) {
      const { colours } = (await built()).pack
      if (!colours) return html
      return html.replace(
        /(<meta name="theme-color" content=")[^"]*(")/,
        (_, start: string, end: string) => `${start}${colours.brand}${end}`,
      )
    },
    async writeBundle() {
      if (ssr) return
      await writeFile(path.join(outDir, BUILT_AREA_FILE), `${(await built()).pack.id}\n`)
    },
  }

  // Before Vite's own CSS handling, so the rules land after every @import of index.css and
  // override theme.css's defaults by coming later.
  const theme: Plugin = {
    name: 'harbour-area-theme',
    enforce: 'pre',
    async transform(code, id) {
      if (id.split('?')[0] !== mainStylesheet) return undefined
      return { code: code + areaThemeCss((await built()).pack.colours), map: null }
    },
  }

  return [pack, theme]
}

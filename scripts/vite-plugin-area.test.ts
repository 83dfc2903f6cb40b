import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { areaModule, buildArea, logoOnPlate } from './vite-plugin-area.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const CHILDLINE = '27fd33e7-c013-4b73-971d-f3cdd76f5e38'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A throwaway repository root with one area, "north-vale", and two articles. */
function tempArea(changes: Record<string, unknown>, logo?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'harbour-area-'))
  roots.push(root)
  const area = path.join(root, 'areas', 'north-vale')
  mkdirSync(area, { recursive: true })
  mkdirSync(path.join(root, 'content'))
  for (const slug of ['sleep', 'low-mood']) {
    copyFileSync(path.join(ROOT, 'content', `${slug}.md`), path.join(root, 'content', `${slug}.md`))
  }
  const directory = JSON.parse(
    readFileSync(path.join(ROOT, 'areas/riverside/directory.json'), 'utf8'),
  ) as Record<string, unknown>
  writeFileSync(
    path.join(area, 'directory.json'),
    JSON.stringify({ ...directory, area: 'north-vale' }),
  )
  const pack = JSON.parse(
    readFileSync(path.join(ROOT, 'areas/riverside/area.json'), 'utf8'),
  ) as Record<string, unknown>
  writeFileSync(
    path.join(area, 'area.json'),
    JSON.stringify({ ...pack, id: 'north-vale', logo: undefined, logoAlt: undefined, ...changes }),
  )
  if (logo !== undefined) writeFileSync(path.join(area, 'logo.svg'), logo)
  return root
}

async function buildError(root: string): Promise<string> {
  try {
    await buildArea(root, 'north-vale')
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the area was accepted')
}

describe('building an area', () => {
  it('builds both example areas, each with its own featured links and logo', async () => {
    const demo = await buildArea(ROOT, 'demo')
    const riverside = await buildArea(ROOT, 'riverside')
    expect(demo.pack.name).toBe('Demo area')
    expect(riverside.pack.name).toBe('Riverside')
    expect(riverside.featured.services).toEqual([
      { to: '/find-support/09b5832e-51ee-4649-9585-77e826989ff3', title: 'Meic' },
      {
        to: '/find-support/91c94f0c-2a3b-46b0-8a0b-02932bf5fad7',
        title: 'NHS 111 mental health option',
      },
    ])
    expect(riverside.featured.articles.map((a) => a.to)).toEqual([
      '/self-help/exam-stress',
      '/self-help/asking-for-help',
    ])
    expect(riverside.logo).toMatchObject({ alt: 'Riverside area', height: 36 })
    expect(demo.logo).toBeUndefined()
  })

  it('names area.json and the field when a featured service or article does not exist', async () => {
    const root = tempArea({
      featured: {
        services: [CHILDLINE, 'no-such-service'],
        articles: ['sleep', 'no-such-article'],
      },
    })
    const message = await buildError(root)
    expect(message).toMatch(/^areas\/north-vale\/area\.json is not a valid area pack:/)
    expect(message).toContain(
      '- featured.services.1: no service "no-such-service" in areas/north-vale/directory.json',
    )
    expect(message).toContain('- featured.articles.1: no article "no-such-article" in content/')
    expect(message).not.toMatch(/featured\.(services|articles)\.0/)
  })

  it('names the logo when its file is missing or unsafe', async () => {
    const missing = tempArea({ logo: 'logo.svg', logoAlt: 'North Vale' })
    expect(await buildError(missing)).toContain('- logo: areas/north-vale/logo.svg is missing')

    const unsafe = tempArea(
      { logo: 'logo.svg', logoAlt: 'North Vale' },
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>x()</script></svg>',
    )
    expect(await buildError(unsafe)).toContain('- logo: areas/north-vale/logo.svg has a <script>')
  })

  it('names the contrast problem when a colour is too faint', async () => {
    const root = tempArea({ colours: { brand: '#9bb8c0', onBrand: '#ffffff' } })
    expect(await buildError(root)).toMatch(
      /- colours\.onBrand: #ffffff on the brand colour #9bb8c0 is \d\.\d:1; it needs at least 4\.5:1/,
    )
  })
})

describe('the logo', () => {
  it('sits on a white plate 36px high, as wide as its shape needs', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 20"><circle r="3"/></svg>'
    const logo = logoOnPlate(svg, 'North Vale')
    expect(logo).toMatchObject({ alt: 'North Vale', width: 92, height: 36 })
    const plate = Buffer.from(
      logo.src.replace('data:image/svg+xml;base64,', ''),
      'base64',
    ).toString()
    expect(plate).toContain('viewBox="0 0 92 36"')
    expect(plate).toContain('fill="#ffffff"')
    expect(plate).toContain(
      `href="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"`,
    )
  })
})

describe('the area module', () => {
  it('exports the pack, its featured links and its logo for the app to import', async () => {
    const code = areaModule(await buildArea(ROOT, 'riverside'))
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>
    expect(module.default).toMatchObject({ id: 'riverside', languages: ['en', 'cy'] })
    expect(module.featured).toMatchObject({ services: [{ title: 'Meic' }, {}] })
    expect(module.logo).toMatchObject({ alt: 'Riverside area' })
  })
})

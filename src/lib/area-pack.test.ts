import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  AreaPackError,
  areaThemeCss,
  logoAspect,
  logoProblems,
  parseAreaPack,
  THEME_SELECTORS,
} from './area-pack.ts'

const areasDir = path.resolve(import.meta.dirname, '../../areas')
const readPack = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(areasDir, id, 'area.json'), 'utf8')) as Record<string, unknown>

const minimal = {
  id: 'north-vale',
  name: 'North Vale',
  appName: 'Harbour',
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  crisisLines: [],
  reportConcern: {
    name: 'North Vale safeguarding team',
    when: 'If you are worried that a child is not safe, tell us the same day.',
    email: 'safeguarding@example.org',
  },
}

/** The error message parseAreaPack throws for this data, or undefined when it is valid. */
function problemsWith(data: Record<string, unknown>): string | undefined {
  try {
    parseAreaPack(data, 'areas/north-vale/area.json')
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(AreaPackError)
    return (error as Error).message
  }
}

describe('area packs', () => {
  it('accepts every area pack in the repository', () => {
    const ids = readdirSync(areasDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(ids).toEqual(expect.arrayContaining(['demo', 'riverside']))
    for (const id of ids) expect(parseAreaPack(readPack(id), id).id).toBe(id)
  })

  it('fills in what an area may leave out: English only, nothing featured', () => {
    const pack = parseAreaPack(minimal, 'area.json')
    expect(pack.languages).toEqual(['en'])
    expect(pack.featured).toEqual({ services: [], articles: [] })
    expect(pack.colours).toBeUndefined()
  })

  it('names the file and every bad field', () => {
    const message = problemsWith({ ...minimal, id: 'North Vale', quickExitUrl: 'http://x.org' })
    expect(message).toMatch(/^areas\/north-vale\/area\.json is not a valid area pack:/)
    expect(message).toMatch(/- id: must be lower-case/)
    expect(message).toMatch(/- quickExitUrl: must start with https:\/\//)
  })

  it('refuses a field it does not know, so a typing mistake is not silently ignored', () => {
    expect(problemsWith({ ...minimal, colors: {} })).toMatch(/colors/)
  })

  it('refuses a colour that is not hex, naming it', () => {
    const message = problemsWith({ ...minimal, colours: { brand: 'purple', onBrand: '#ffffff' } })
    expect(message).toMatch(/- colours\.brand: must be a colour like #1b5e6f/)
  })

  it('refuses colours with too little contrast, naming the file, the field and the ratio', () => {
    const message = problemsWith({
      ...minimal,
      colours: {
        brand: '#1b5e6f',
        onBrand: '#ffffff',
        dark: { brand: '#2a6f80', onBrand: '#fff' },
      },
    })
    expect(message).toMatch(/^areas\/north-vale\/area\.json is not a valid area pack:/)
    expect(message).toMatch(
      /- colours\.dark\.brand: #2a6f80 on the page background #111a1e is \d\.\d:1/,
    )
  })

  it('offers only English and Welsh, always with English, each once', () => {
    expect(problemsWith({ ...minimal, languages: ['en', 'cy'] })).toBeUndefined()
    expect(problemsWith({ ...minimal, languages: ['cy'] })).toMatch(
      /- languages: must include "en"/,
    )
    expect(problemsWith({ ...minimal, languages: ['en', 'fr'] })).toMatch(
      /- languages\.1: must be one of en, cy/,
    )
    expect(problemsWith({ ...minimal, languages: ['en', 'en'] })).toMatch(/twice/)
  })

  it('needs a way to report a concern, and a sentence on when to use it', () => {
    const { email: _email, ...noWay } = minimal.reportConcern
    expect(problemsWith({ ...minimal, reportConcern: noWay })).toMatch(
      /- reportConcern: needs at least one way to get in touch/,
    )
    expect(
      problemsWith({ ...minimal, reportConcern: { ...minimal.reportConcern, when: 'Any time' } }),
    ).toMatch(/- reportConcern\.when: must be a sentence/)
    expect(
      problemsWith({
        ...minimal,
        reportConcern: { ...minimal.reportConcern, url: 'http://a.org' },
      }),
    ).toMatch(/- reportConcern\.url: must start with https/)
    expect(problemsWith({ ...minimal, reportConcern: undefined })).toMatch(/- reportConcern:/)
  })

  it('takes an optional privacy contact, reachable by email or website', () => {
    const privacyContact = {
      name: 'North Vale data protection team',
      email: 'privacy@example.org',
      url: 'https://www.example.org/privacy',
      address: 'Data protection team, Town Hall, North Vale NV1 1AA',
    }
    expect(parseAreaPack(minimal, 'area.json').privacyContact).toBeUndefined()
    expect(parseAreaPack({ ...minimal, privacyContact }, 'area.json').privacyContact).toEqual(
      privacyContact,
    )
    const { email: _email, url: _url, ...postOnly } = privacyContact
    expect(problemsWith({ ...minimal, privacyContact: postOnly })).toMatch(
      /- privacyContact: needs an email or a url/,
    )
    expect(
      problemsWith({ ...minimal, privacyContact: { ...privacyContact, email: 'not an email' } }),
    ).toMatch(/- privacyContact\.email: must be an email address/)
    expect(
      problemsWith({ ...minimal, privacyContact: { ...privacyContact, url: 'http://a.org' } }),
    ).toMatch(/- privacyContact\.url: must start with https/)
    expect(
      problemsWith({ ...minimal, privacyContact: { ...privacyContact, address: 'x' } }),
    ).toMatch(/- privacyContact\.address: must be a postal address/)
    expect(
      problemsWith({ ...minimal, privacyContact: { ...privacyContact, phone: '0123 456' } }),
    ).toMatch(/privacyContact/)
  })

  it('keeps a logo and its text together, and the logo in the area folder', () => {
    expect(problemsWith({ ...minimal, logo: 'logo.svg', logoAlt: 'North Vale' })).toBeUndefined()
    expect(problemsWith({ ...minimal, logo: 'logo.svg' })).toMatch(/- logoAlt: logo and logoAlt go/)
    expect(problemsWith({ ...minimal, logoAlt: 'North Vale' })).toMatch(/- logoAlt:/)
    expect(problemsWith({ ...minimal, logo: '../demo/logo.svg', logoAlt: 'x y' })).toMatch(
      /- logo: must be the name of an \.svg file/,
    )
    expect(problemsWith({ ...minimal, logo: 'logo.png', logoAlt: 'x y' })).toMatch(/- logo:/)
  })

  it('features at most four services and four articles, articles by slug', () => {
    const five = ['a', 'b', 'c', 'd', 'e']
    expect(problemsWith({ ...minimal, featured: { services: five } })).toMatch(
      /- featured\.services:/,
    )
    expect(problemsWith({ ...minimal, featured: { articles: ['Low mood'] } })).toMatch(
      /- featured\.articles\.0: must be a slug/,
    )
  })
})

describe('area theme CSS', () => {
  const themeCss = readFileSync(path.resolve(import.meta.dirname, '../ui/styles/theme.css'), 'utf8')

  it('overrides only rules that theme.css has, leaving high contrast alone', () => {
    for (const selector of THEME_SELECTORS) expect(themeCss).toContain(`${selector} {`)
    expect(
      areaThemeCss({
        brand: '#5b2a86',
        onBrand: '#fff',
        dark: { brand: '#d9bff2', onBrand: '#000' },
      }),
    ).not.toMatch(/data-theme='high-contrast'\]\{/)
  })

  it('sets the brand, text on it and links, the link falling back to the brand colour', () => {
    const css = areaThemeCss({ brand: '#5b2a86', onBrand: '#ffffff' })
    expect(css).toContain(':root{--primary:#5b2a86;--on-primary:#ffffff;--link:#5b2a86}')
    expect(css).not.toContain('dark')
  })

  it('sets the dark colours for the system setting and for the dark theme chosen in Settings', () => {
    const css = areaThemeCss({
      brand: '#5b2a86',
      onBrand: '#ffffff',
      link: '#4b2270',
      dark: { brand: '#d9bff2', onBrand: '#1e0d2e' },
    })
    const dark = '{--primary:#d9bff2;--on-primary:#1e0d2e;--link:#d9bff2}'
    expect(css).toContain(`@media (prefers-color-scheme: dark){${THEME_SELECTORS[1]}${dark}}`)
    expect(css).toContain(`${THEME_SELECTORS[2]}${dark}`)
    expect(css).toContain('--link:#4b2270')
  })

  it("adds nothing for an area that keeps Harbour's colours", () => {
    expect(areaThemeCss(undefined)).toBe('')
  })
})

describe('area logo', () => {
  const svg = (body = '', attributes = 'viewBox="0 0 64 32"') =>
    `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>${body}<circle r="4"/></svg>`

  it('accepts a plain SVG, with or without an XML declaration', () => {
    expect(logoProblems(svg())).toEqual([])
    expect(
      logoProblems(`<?xml version="1.0"?>\n<!-- logo -->\n${svg('<use href="#a"/>')}`),
    ).toEqual([])
    expect(
      logoProblems(readFileSync(path.join(areasDir, 'riverside', 'logo.svg'), 'utf8')),
    ).toEqual([])
  })

  it('refuses anything that could run or load something', () => {
    expect(logoProblems(svg('<script>alert(1)</script>'))).toContain('has a <script>')
    expect(logoProblems(svg('<foreignObject><p>hi</p></foreignObject>'))).toContain(
      'has a <foreignObject>',
    )
    expect(logoProblems(svg('<rect onload="x()"/>'))).toEqual([
      'has an event handler attribute (on…=)',
    ])
    expect(logoProblems(svg('<image href="https://example.org/a.png"/>'))).toHaveLength(1)
    expect(logoProblems(svg('<use xlink:href="other.svg#a"/>'))).toHaveLength(1)
    expect(logoProblems(svg('<rect style="fill:url(https://x.org/p)"/>'))).toHaveLength(1)
    expect(logoProblems(svg('<style>@import "x.css";</style>'))).toContain('imports a stylesheet')
    expect(logoProblems(`<!DOCTYPE svg [<!ENTITY x "y">]>${svg()}`)).toContain('declares an entity')
  })

  it('refuses a file that is not SVG, or that browsers would not draw', () => {
    expect(logoProblems('<html><svg></svg></html>')[0]).toMatch(/is not an SVG/)
    expect(logoProblems('<svg viewBox="0 0 1 1"></svg>')[0]).toMatch(/needs xmlns=/)
  })

  it('needs a shape that fits the header: at most three times as wide as tall', () => {
    expect(logoProblems(svg('', ''))).toContain(
      'needs a viewBox (or width and height) to give its shape',
    )
    expect(logoProblems(svg('', 'viewBox="0 0 400 100"'))[0]).toMatch(/at most 3 times as wide/)
    expect(logoProblems(svg('', 'viewBox="0 0 10 40"'))[0]).toMatch(/at most 3 times as wide/)
  })

  it('refuses a logo too large to carry in every page', () => {
    expect(logoProblems(svg(`<desc>${'x'.repeat(20_000)}</desc>`))).toContain(
      'is larger than 20 kB',
    )
  })

  it('reads the shape from the viewBox, or else from width and height', () => {
    expect(logoAspect(svg())).toBe(2)
    expect(logoAspect(svg('', 'viewBox="0,0,30,20"'))).toBe(1.5)
    expect(logoAspect(svg('', 'width="90" height="30"'))).toBe(3)
    expect(logoAspect(svg('', 'width="100%" height="30"'))).toBeUndefined()
    expect(logoAspect(svg('', 'viewBox="0 0 0 10"'))).toBeUndefined()
  })
})

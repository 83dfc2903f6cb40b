import { describe, expect, it } from 'vitest'
import { emptyAboutMe, type AboutMe } from '../../../db/about-me.ts'
import { fromBase64Url, toBase64Url } from '../../../lib/crypto/base64url.ts'
import { makeShareLink, openShareLink, SHARE_URL_LIMIT } from './share-link.ts'

const ORIGIN = 'https://harbour.example'

const story: AboutMe = {
  ...emptyAboutMe(),
  preferredName: 'Samira',
  pronouns: 'they/them',
  toKnow: 'I find new places hard.\nPlease be patient.',
  contactWays: ['text'],
}

async function made(aboutMe: AboutMe = story): Promise<string> {
  const link = await makeShareLink(aboutMe, ORIGIN, new Date('2026-03-02T10:00:00.000Z'))
  if (link.kind !== 'made') throw new Error('expected a link')
  return link.url
}

const fragmentOf = (url: string) => new URL(url).hash

describe('private About me links', () => {
  it('puts the key and the sealed About me in the fragment, and nothing readable', async () => {
    const url = await made()
    const parsed = new URL(url)
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`${ORIGIN}/my-space/about-me/shared`)
    expect(parsed.search).toBe('')
    expect(parsed.hash).toMatch(/^#1\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/)
    expect(url).not.toMatch(/Samira|patient/)
  })

  it('opens back to the same About me, with when it was made', async () => {
    expect(await openShareLink(fragmentOf(await made()))).toEqual({
      kind: 'opened',
      aboutMe: story,
      madeAt: '2026-03-02T10:00:00.000Z',
    })
  })

  it('makes a new key every time', async () => {
    const [a, b] = await Promise.all([made(), made()])
    expect(fragmentOf(a).split('.')[1]).not.toBe(fragmentOf(b).split('.')[1])
  })

  it('refuses to make a link that would be too long', async () => {
    const long = { ...story, toKnow: 'x'.repeat(4000), whatHelps: 'y'.repeat(4000) }
    const link = await makeShareLink(long, ORIGIN)
    expect(link.kind).toBe('too-long')
    expect(link.kind === 'too-long' && link.length).toBeGreaterThan(SHARE_URL_LIMIT)
  })

  it('tells a missing, incomplete, damaged or newer link apart', async () => {
    const hash = fragmentOf(await made())
    const [version, key, iv, ct] = hash.slice(1).split('.') as [string, string, string, string]
    expect(await openShareLink('')).toEqual({ kind: 'missing' })
    expect(await openShareLink('#')).toEqual({ kind: 'missing' })
    expect(await openShareLink(`#${version}.${key}.${iv}`)).toEqual({ kind: 'incomplete' })
    expect(await openShareLink(`#${version}.${key.slice(0, 20)}.${iv}.${ct}`)).toEqual({
      kind: 'incomplete',
    })
    // Cut short by a few characters, as a messaging app might.
    expect(await openShareLink(hash.slice(0, -3))).toEqual({ kind: 'damaged' })
    const flipped = fromBase64Url(ct)
    flipped[0] = (flipped[0] ?? 0) ^ 1
    expect(await openShareLink(`#${version}.${key}.${iv}.${toBase64Url(flipped)}`)).toEqual({
      kind: 'damaged',
    })
    expect(await openShareLink(`#2.${key}.${iv}.${ct}`)).toEqual({ kind: 'newer' })
    expect(await openShareLink('#hello')).toEqual({ kind: 'incomplete' })
  })
})

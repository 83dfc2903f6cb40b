import { describe, expect, it } from 'vitest'
import { emptyAboutMe } from '../../../db/about-me.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { aboutMeHtmlFile } from './about-me-file.ts'

describe('About me as a file', () => {
  it('is a self-contained page with only the parts filled in', () => {
    const html = aboutMeHtmlFile(
      { ...emptyAboutMe(), preferredName: 'Sam', contactWays: ['text', 'letter'] },
      i18nFor('en'),
      new Date(2026, 2, 2),
    )
    const page = new DOMParser().parseFromString(html, 'text/html')
    expect(page.title).toBe('About me')
    expect(page.documentElement.lang).toBe('en-GB')
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'What I like to be called',
      'How I like to be contacted',
    ])
    expect(page.body.textContent).toContain('Text message, Letter')
    expect(page.body.textContent).toContain('Saved on 2 March 2026.')
    // Nothing that could reach out or run.
    expect(page.querySelectorAll('script, link, img, iframe, a')).toHaveLength(0)
  })

  it('shows what was typed as text, never as markup', () => {
    const html = aboutMeHtmlFile(
      { ...emptyAboutMe(), toKnow: '<script>alert("hi")</script> & <b>bold</b>\nSecond line' },
      i18nFor('en'),
    )
    const page = new DOMParser().parseFromString(html, 'text/html')
    expect(page.querySelectorAll('script, b')).toHaveLength(0)
    expect(page.querySelector('h2 + p')?.textContent).toBe(
      '<script>alert("hi")</script> & <b>bold</b>\nSecond line',
    )
  })

  it('is written in Welsh when the interface is Welsh', () => {
    const html = aboutMeHtmlFile(
      { ...emptyAboutMe(), preferredName: 'Sam', contactWays: ['letter'] },
      i18nFor('cy'),
      new Date(2026, 2, 2),
    )
    const page = new DOMParser().parseFromString(html, 'text/html')
    expect(page.documentElement.lang).toBe('cy')
    expect(page.title).toBe('Amdana i')
    expect(page.body.textContent).toContain('Llythyr')
    expect(page.body.textContent).toContain('2 Mawrth 2026')
  })
})

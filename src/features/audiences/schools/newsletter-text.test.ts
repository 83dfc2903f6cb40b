import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { toolBySlug } from '../../self-help/tools/tool-registry.ts'
import { newsletterText } from './newsletter-text.ts'
import { newsletterContacts } from './poster-contacts.ts'

const en = i18nFor('en')

describe('newsletterText', () => {
  it('names the page, gives the link and says it is free, private and needs no sign-up', () => {
    const url = 'https://harbour.example/tools/breathing'
    const text = newsletterText(
      {
        appName: 'Harbour',
        target: { kind: 'tool', tool: toolBySlug('breathing') },
        url,
        contacts: newsletterContacts,
      },
      en,
    )
    expect(text).toContain(url)
    expect(text).toContain('“Breathing to feel calmer”')
    expect(text).toMatch(/free/i)
    expect(text).toMatch(/private/)
    expect(text).toMatch(/no sign-up/)
  })

  it('ends with numbers to call or text now, from the crisis data', () => {
    const text = newsletterText(
      {
        appName: 'Harbour',
        target: { kind: 'help' },
        url: 'https://harbour.example/help',
        contacts: newsletterContacts,
      },
      en,
    )
    expect(text).toContain('https://harbour.example/help')
    expect(text).toContain('call Childline on 0800 1111 or text SHOUT to 85258.')
  })

  it('leaves the numbers out when there are none to give', () => {
    const text = newsletterText(
      {
        appName: 'Harbour',
        target: { kind: 'help' },
        url: 'https://harbour.example/help',
        contacts: [],
      },
      en,
    )
    expect(text).not.toMatch(/straight away/)
  })
})

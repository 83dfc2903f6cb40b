import { describe, expect, it } from 'vitest'
import type { DirectoryService } from '../service-model.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { contactLinks } from './contact-links.ts'

function service(overrides: Partial<DirectoryService>): DirectoryService {
  return {
    id: 'x',
    name: 'A service',
    organisation: 'An organisation',
    description: '',
    sample: false,
    phones: [],
    modes: [],
    ages: {},
    forParents: false,
    topics: [],
    thrive: ['Getting Advice'],
    free: undefined,
    selfReferral: undefined,
    locations: [],
    nationwide: true,
    languages: [],
    opening: [],
    ...overrides,
  }
}

describe('contactLinks', () => {
  it('makes calls, texts, the website and email into links the phone can open', () => {
    const links = contactLinks(
      service({
        phones: [
          { number: '0800 068 4141', kind: 'voice' },
          { number: '+44 7786 209 697', kind: 'text', description: 'Text any time.' },
        ],
        url: 'https://example.org/help',
        email: 'help@example.org',
      }),
      i18nFor('en'),
    )
    expect(links).toEqual([
      { kind: 'call', href: 'tel:08000684141', label: 'Call 0800 068 4141', note: undefined },
      {
        kind: 'text',
        href: 'sms:+447786209697',
        label: 'Text +44 7786 209 697',
        note: 'Text any time.',
      },
      { kind: 'website', href: 'https://example.org/help', label: 'Visit their website' },
      { kind: 'email', href: 'mailto:help@example.org', label: 'Email help@example.org' },
    ])
  })

  it('leaves out a number with no digits, and gives nothing when there is no way in', () => {
    expect(
      contactLinks(
        service({ phones: [{ number: 'ask at reception', kind: 'voice' }] }),
        i18nFor('en'),
      ),
    ).toEqual([])
  })
})

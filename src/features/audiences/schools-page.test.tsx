import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, StaticRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { English } from '../../i18n/in-language.tsx'
import { crisisContacts } from '../crisis/crisis-contacts.ts'
import { SchoolsPage } from './schools-page.tsx'

const origin = window.location.origin

function renderPage() {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={['/schools']}>
      <SchoolsPage />
    </MemoryRouter>,
  )
  return user
}

function link() {
  const section = screen.getByRole('region', { name: 'Your link' })
  return within(section).getAllByRole('link')[0]?.getAttribute('href')
}

function qrName() {
  return screen.getByRole('img', { name: /^QR code for / }).getAttribute('aria-label')
}

function poster() {
  return screen.getByTestId('poster')
}

afterEach(() => vi.restoreAllMocks())

describe('SchoolsPage link maker', () => {
  it('starts with a link to get help now, with its QR code', () => {
    renderPage()
    expect(link()).toBe(`${origin}/help`)
    expect(qrName()).toBe(`QR code for ${origin}/help`)
  })

  it('makes the right link for an article, chosen from articles grouped by audience', async () => {
    const user = renderPage()
    await user.click(screen.getByRole('radio', { name: 'An article' }))
    const select = screen.getByRole('combobox', { name: 'Article' })
    const groups = [...select.querySelectorAll('optgroup')].map((group) => group.label)
    expect(groups).toEqual(['For young people', 'For parents and carers', 'For school staff'])
    await user.selectOptions(select, 'When a pupil tells you something worrying')
    expect(link()).toBe(`${origin}/self-help/staff-responding-to-disclosure`)
    expect(qrName()).toBe(`QR code for ${origin}/self-help/staff-responding-to-disclosure`)
  })

  it('makes the right link for a tool and for a topic', async () => {
    const user = renderPage()
    await user.click(screen.getByRole('radio', { name: /A tool/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tool' }), 'The worry tree')
    expect(link()).toBe(`${origin}/tools/worry-tree`)

    await user.click(screen.getByRole('radio', { name: 'Everything on one topic' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'Sleep')
    expect(link()).toBe(`${origin}/self-help?topic=sleep`)
  })

  it('makes the right link for a search by topic and way of getting help', async () => {
    const user = renderPage()
    await user.click(screen.getByRole('radio', { name: /A search for services/ }))
    expect(link()).toBe(`${origin}/find-support`)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'What it is about' }),
      'Anxiety and worry',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Way of getting help' }), 'Text')
    expect(link()).toBe(`${origin}/find-support?topic=anxiety&how=text`)
    await user.click(screen.getByRole('checkbox', { name: /parents and carers first/ }))
    expect(link()).toBe(`${origin}/find-support?topic=anxiety&how=text&for=parents`)
  })

  it('says the link carries no tracking and nothing about the school', () => {
    renderPage()
    const section = screen.getByRole('region', { name: 'Your link' })
    expect(within(section).getByText(/no tracking/)).toBeVisible()
    expect(within(section).getByText(/nothing that says which school/)).toBeVisible()
  })

  it('copies the link', async () => {
    const user = renderPage()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(`${origin}/help`)
    const section = screen.getByRole('region', { name: 'Your link' })
    expect(within(section).getByRole('status')).toHaveTextContent('Link copied.')
  })

  it('prints a poster with the title, the QR code, the link and the crisis numbers', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const user = renderPage()
    await user.click(screen.getByRole('radio', { name: /A tool/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tool' }), 'breathing')

    const sheet = poster()
    expect(within(sheet).getByRole('heading', { hidden: true, level: 2 })).toHaveTextContent(
      'Breathing to feel calmer',
    )
    expect(sheet).toHaveTextContent(`${origin}/tools/breathing`)
    expect(
      within(sheet).getByRole('img', {
        hidden: true,
        name: `QR code for ${origin}/tools/breathing`,
      }),
    ).toBeInTheDocument()
    expect(sheet).toHaveTextContent('works on any phone; nothing to install')
    for (const id of ['childline', 'shout', 'samaritans', 'emergency']) {
      const contact = crisisContacts.find((candidate) => candidate.id === id)!
      const action = contact.actions.find((candidate) => candidate.kind !== 'web')!
      expect(sheet).toHaveTextContent(action.label)
    }
    for (const number of ['0800 1111', '85258', '116 123', '999']) {
      expect(sheet).toHaveTextContent(number)
    }

    await user.click(screen.getByRole('button', { name: 'Print poster' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('gives words for a newsletter with the link in them, and copies what is in the box', async () => {
    const user = renderPage()
    await user.click(screen.getByRole('radio', { name: 'Everything on one topic' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'Sleep')
    const box = screen.getByRole('textbox', { name: /Text to paste/ })
    expect((box as HTMLTextAreaElement).value).toContain(`${origin}/self-help?topic=sleep`)
    expect((box as HTMLTextAreaElement).value).toMatch(/free and private: no sign-up/)

    await user.type(box, ' See you on Monday.')
    await user.click(screen.getByRole('button', { name: 'Copy text' }))
    expect(await navigator.clipboard.readText()).toMatch(/See you on Monday\.$/)
  })
})

describe('SchoolsPage for staff', () => {
  it('links to the guide for when a pupil discloses something, and explains privacy', () => {
    renderPage()
    const disclosure = screen.getByRole('region', { name: 'When a pupil tells you something' })
    expect(
      within(disclosure).getByRole('link', { name: 'When a pupil tells you something worrying' }),
    ).toHaveAttribute('href', '/self-help/staff-responding-to-disclosure')
    const privacy = screen.getByRole('region', { name: 'How Harbour keeps pupils’ data private' })
    expect(within(privacy).getByText('No accounts.')).toBeVisible()
    expect(within(privacy).getByRole('link', { name: 'How quick exit works' })).toHaveAttribute(
      'href',
      '/quick-exit',
    )
  })

  it('prerenders without a link, since the site’s address is only known once it runs', () => {
    const html = renderToString(
      <English>
        <StaticRouter location="/schools">
          <SchoolsPage />
        </StaticRouter>
      </English>,
    )
    expect(html).toContain('Make a link, QR code or poster')
    expect(html).toContain('/self-help/staff-responding-to-disclosure')
    expect(html).not.toContain('QR code for')
    expect(html).not.toContain(origin)
  })
})

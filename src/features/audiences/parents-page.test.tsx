import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, StaticRouter } from 'react-router'
import { articles } from 'virtual:harbour-articles'
import area from 'virtual:harbour-area'
import { afterEach, describe, expect, it } from 'vitest'
import { English } from '../../i18n/in-language.tsx'
import { contactHref } from '../../lib/contact-schema.ts'
import { crisisContacts } from '../crisis/crisis-contacts.ts'
import { DOOR_STORAGE_KEY } from './door.ts'
import { ParentsPage } from './parents-page.tsx'

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/parents']}>
      <ParentsPage />
    </MemoryRouter>,
  )
}

function linkNames(region: HTMLElement, name: RegExp | string) {
  return within(region)
    .getAllByRole('link')
    .filter((link) =>
      typeof name === 'string' ? link.textContent === name : name.test(link.textContent ?? ''),
    )
}

function contact(id: string) {
  const found = crisisContacts.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No crisis contact ${id}`)
  return found
}

afterEach(() => localStorage.clear())

describe('ParentsPage', () => {
  it('opens with help now for a child in crisis, with the numbers from the crisis data', () => {
    renderPage()
    const box = screen.getByRole('region', { name: 'If your child needs help right now' })
    const hrefs = within(box)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
    const expected = [contact('emergency'), contact('nhs-111'), ...area.crisisLines].flatMap(
      (line) => line.actions.filter((action) => action.kind !== 'web').map(contactHref),
    )
    for (const href of expected) expect(hrefs).toContain(href)
    expect(hrefs).toContain('tel:999')
    expect(
      within(box).getAllByRole('link', { name: /Call 111, then choose option 2/ })[0],
    ).toBeVisible()
    expect(within(box).getByText(/go straight to A&E/)).toBeInTheDocument()
    for (const line of area.crisisLines)
      expect(within(box).getByText(line.name)).toBeInTheDocument()
    expect(
      within(box).getByRole('link', { name: /everyone you or your child can call/ }),
    ).toHaveAttribute('href', '/help')
    // Nothing comes before it but the page's title and its first words.
    const headings = screen.getAllByRole('heading', { level: 2 })
    expect(headings[0]).toHaveTextContent('If your child needs help right now')
  })

  it('lists every article for parents first, then what young people read', () => {
    renderPage()
    const reading = screen.getByRole('region', { name: 'Articles for parents and carers' })
    const slugs = within(reading)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')?.replace('/self-help/', ''))
    const audienceOf = (slug: string | undefined) =>
      articles.find((article) => article.slug === slug)?.audiences ?? []
    const parents = articles.filter((article) => article.audiences.includes('parents'))
    expect(slugs.slice(0, parents.length).sort()).toEqual(parents.map((a) => a.slug).sort())
    expect(slugs.length).toBeGreaterThan(parents.length)
    for (const slug of slugs.slice(parents.length)) {
      expect(audienceOf(slug)).not.toContain('parents')
    }
  })

  it('leads into the guide’s articles and tools from each part of the page', () => {
    renderPage()
    const talking = screen.getByRole('region', { name: 'How to talk about it' })
    expect(
      within(talking).getByRole('link', { name: 'Talking with your child about how they feel' }),
    ).toHaveAttribute('href', '/self-help/parents-talking-with-your-child')
    expect(linkNames(talking, /Breathing/)[0]).toHaveAttribute('href', '/tools/breathing')
    const help = screen.getByRole('region', { name: 'Getting help, and what happens next' })
    expect(within(help).getByRole('link', { name: 'CAMHS and waiting lists' })).toBeVisible()
    expect(within(help).getByRole('link', { name: 'ADHD and autism assessments' })).toBeVisible()
    expect(
      within(help).getByRole('link', { name: 'Services you can contact yourself' }),
    ).toHaveAttribute('href', '/find-support?self=1&for=parents')
    const forYou = screen.getByRole('region', { name: 'Help for you' })
    expect(within(forYou).getByRole('link', { name: /Looking after yourself/ })).toBeVisible()
    expect(within(forYou).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    )
  })

  it('shows services for parents, the YoungMinds Parents Helpline and the area’s own', () => {
    renderPage()
    const services = screen.getByRole('region', { name: 'Services for parents and carers' })
    const national = within(services).getByRole('link', { name: 'YoungMinds Parents Helpline' })
    expect(national.getAttribute('href')).toMatch(/^\/find-support\/[\w-]+$/)
    expect(within(services).getByRole('heading', { name: `In ${area.name}` })).toBeVisible()
    expect(
      within(services).getByRole('link', { name: 'Sample: Parent and carer advice line' }),
    ).toBeVisible()
    expect(
      within(services).getByRole('link', { name: 'Find more support for parents' }),
    ).toHaveAttribute('href', '/find-support?for=parents')
  })

  it('remembers “I’m a parent or carer” on this device, and forgets it on Change', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(screen.getByRole('button', { name: 'I’m a parent or carer' }))
    expect(localStorage.getItem(DOOR_STORAGE_KEY)).toBe('parents')
    expect(screen.getByText('You chose the parents’ view.')).toBeVisible()
    const change = screen.getByRole('button', { name: /^Change/ })
    expect(change).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent(/will remember/)

    await user.click(change)
    expect(localStorage.getItem(DOOR_STORAGE_KEY)).toBeNull()
    expect(screen.queryByText('You chose the parents’ view.')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'I’m a parent or carer' })).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent(/no longer remembers/)
  })

  it('shows a choice already made on this device', () => {
    localStorage.setItem(DOOR_STORAGE_KEY, 'parents')
    renderPage()
    expect(screen.getByText('You chose the parents’ view.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'I’m a parent or carer' })).not.toBeInTheDocument()
  })

  it('prerenders the same page whatever the device remembers', () => {
    const html = () =>
      renderToString(
        <English>
          <StaticRouter location="/parents">
            <ParentsPage />
          </StaticRouter>
        </English>,
      )
    const fresh = html()
    localStorage.setItem(DOOR_STORAGE_KEY, 'parents')
    expect(html()).toBe(fresh)
    expect(fresh).toContain('href="tel:999"')
    expect(fresh).toContain('YoungMinds Parents Helpline')
    expect(fresh).not.toContain('You chose the parents’ view')
  })
})

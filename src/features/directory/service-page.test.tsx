import { I18nProvider } from '@lingui/react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, Route, Routes, StaticRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import demoDirectory from '../../../areas/demo/directory.json'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { createTestDatabase } from '../../db/test-harness.ts'
import type { DirectoryService } from './service-model.ts'
import { ServicePage } from './service-page.tsx'

const services = demoDirectory.services as DirectoryService[]

function serviceNamed(name: string): DirectoryService {
  const service = services.find((s) => s.name === name)
  if (!service) throw new Error(`The demo directory has no ${name}`)
  return service
}

const counselling = serviceNamed('Sample: Youth counselling service')
const shout = serviceNamed('Shout')
const childline = serviceNamed('Childline')

function routes() {
  return (
    <Routes>
      <Route path="/find-support/:serviceId" element={<ServicePage />} />
    </Routes>
  )
}

function renderService(id: string) {
  return render(<MemoryRouter initialEntries={[`/find-support/${id}`]}>{routes()}</MemoryRouter>)
}

/** A moment in UK time; March 2025 is GMT, so UK time is UTC. */
function setNow(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
}

beforeEach(() => {
  createTestDatabase()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('ServicePage', () => {
  it('shows every section of a service, from the demo directory', async () => {
    setNow('2025-03-05T10:00:00Z') // a Wednesday morning
    renderService(counselling.id)

    expect(screen.getByRole('heading', { level: 1, name: counselling.name })).toBeInTheDocument()
    expect(screen.getByText(`Run by ${counselling.organisation}`)).toBeInTheDocument()
    for (const name of [
      'Get in touch',
      'What it is',
      'Who it is for',
      'How to get in',
      'What happens next',
      'Opening times',
      'Where',
      'Languages',
      'Cost',
    ]) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument()
    }

    const what = screen.getByRole('region', { name: 'What it is' })
    expect(within(what).getByText(counselling.description)).toBeInTheDocument()
    expect(within(what).getByText('Online, Phone, Face to face')).toBeInTheDocument()
    expect(within(what).getByText(/^Getting Help: Regular help/)).toBeInTheDocument()

    const who = screen.getByRole('region', { name: 'Who it is for' })
    expect(within(who).getByText('Aged 11 to 18')).toBeInTheDocument()
    expect(within(who).getByText(counselling.eligibility ?? '')).toBeInTheDocument()
    expect(within(who).getByText(/Anxiety and worry, Low mood/)).toBeInTheDocument()

    const how = screen.getByRole('region', { name: 'How to get in' })
    expect(within(how).getByText(/You can contact them yourself/)).toBeInTheDocument()
    expect(within(how).getByText(counselling.howToGetIn ?? '')).toBeInTheDocument()

    const hours = screen.getByRole('region', { name: 'Opening times' })
    expect(within(hours).getByText('Open now, closes 17:00')).toBeInTheDocument()
    expect(within(hours).getByText(/^Monday to Friday, 9am to 5pm/)).toBeInTheDocument()
    expect(within(hours).getByText(/^Tuesdays and Thursdays, 5pm to 7:30pm/)).toBeInTheDocument()

    const where = screen.getByRole('region', { name: 'Where' })
    const [location] = counselling.locations
    expect(within(where).getByText(location?.address ?? '')).toBeInTheDocument()
    expect(within(where).getByText(/Hearing loop at reception/)).toBeInTheDocument()
    const map = within(where).getByRole('link', { name: /Show on a map/ })
    expect(map.getAttribute('href')).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=51\.4545\d*&mlon=-2\.5879\d*#map=/,
    )

    expect(screen.getByText('English, Polish, British Sign Language')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Cost' })).toHaveTextContent('Free.')
    expect(screen.getByRole('link', { name: 'Find support' })).toHaveAttribute(
      'href',
      '/find-support',
    )
    for (const link of screen.getAllByRole('link', { name: 'get help now' })) {
      expect(link).toHaveAttribute('href', '/help')
    }
    // Saving loads after the page has painted.
    const save = await screen.findByRole('button', { name: 'Save to My space' })
    await waitFor(() => expect(save).toBeEnabled())
  })

  it('marks a sample service unmistakably, and a real one not at all', () => {
    const view = renderService(counselling.id)
    expect(screen.getByText('This is a sample service')).toBeInTheDocument()
    expect(screen.getByText(/It is not a real service/)).toBeInTheDocument()
    view.unmount()

    renderService(childline.id)
    expect(screen.getByRole('heading', { level: 1, name: 'Childline' })).toBeInTheDocument()
    expect(screen.queryByText('This is a sample service')).toBeNull()
    expect(screen.getByText(/anywhere in the UK/)).toBeInTheDocument()
  })

  it('gives call, text, website and email as real links', () => {
    const view = renderService(counselling.id)
    expect(screen.getByRole('link', { name: 'Call 0117 496 0106' })).toHaveAttribute(
      'href',
      'tel:01174960106',
    )
    expect(screen.getByRole('link', { name: 'Email counselling@example.org' })).toHaveAttribute(
      'href',
      'mailto:counselling@example.org',
    )
    expect(screen.getByRole('link', { name: /Visit their website/ })).toHaveAttribute(
      'href',
      'https://example.org/demo-area/youth-counselling',
    )
    view.unmount()

    renderService(shout.id)
    expect(screen.getByRole('link', { name: 'Text 85258' })).toHaveAttribute('href', 'sms:85258')
    expect(screen.getByText('Text SHOUT to 85258.')).toBeInTheDocument()
  })

  it('says when a closed service opens next', () => {
    setNow('2025-03-08T12:00:00Z') // a Saturday
    renderService(counselling.id)
    expect(screen.getAllByText('Closed, opens Monday 09:00').length).toBeGreaterThan(0)
  })

  it('copies a clean link when the device has no share sheet', async () => {
    const user = userEvent.setup()
    renderService(shout.id)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/find-support/${shout.id}`,
    )
  })

  it('uses the device’s share sheet when there is one', async () => {
    const share = vi.fn(async () => undefined)
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    try {
      const user = userEvent.setup()
      renderService(shout.id)
      await user.click(screen.getByRole('button', { name: 'Share' }))
      expect(share).toHaveBeenCalledWith({
        title: 'Shout',
        url: `${window.location.origin}/find-support/${shout.id}`,
      })
    } finally {
      Reflect.deleteProperty(navigator, 'share')
    }
  })

  it('leads back to the search the person came from', () => {
    render(
      <MemoryRouter
        initialEntries={[
          { pathname: `/find-support/${shout.id}`, state: { search: '?topic=sleep' } },
        ]}
      >
        {routes()}
      </MemoryRouter>,
    )
    expect(screen.getByRole('link', { name: 'Back to your search' })).toHaveAttribute(
      'href',
      '/find-support?topic=sleep',
    )
  })

  it('helps kindly when the service is not known', () => {
    renderService('not-a-service')
    expect(
      screen.getByRole('heading', { level: 1, name: 'We can’t find that service' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Search for support' })).toHaveAttribute(
      'href',
      '/find-support',
    )
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })
})

describe('ServicePage prerendered', () => {
  it('is complete without JavaScript and says nothing that depends on the time', async () => {
    const html = renderToString(
      <I18nProvider i18n={i18nFor('en')}>
        <StaticRouter location={`/find-support/${counselling.id}`}>{routes()}</StaticRouter>
      </I18nProvider>,
    )
    const page = document.createElement('div')
    page.innerHTML = html
    expect(page.querySelector('h1')?.textContent).toBe(counselling.name)
    expect(page.textContent).toContain('Monday to Friday, 9am to 5pm')
    expect(page.textContent).toContain('This is a sample service')
    expect(page.querySelector('a[href="tel:01174960106"]')).not.toBeNull()
    expect(page.querySelector('a[href^="https://www.openstreetmap.org/"]')).not.toBeNull()
    expect(page.textContent).not.toMatch(/Open now|Closed, opens/)
    // Buttons that need JavaScript are left out rather than shown broken.
    expect(page.querySelector('button')).toBeNull()
    await waitFor(() => expect(page.textContent).toContain('last checked'))
  })
})

describe('ServicePage in Welsh', () => {
  it('puts its own words, the hours and the dates in Welsh', () => {
    const html = renderToString(
      <I18nProvider i18n={i18nFor('cy')}>
        <StaticRouter location={`/find-support/${counselling.id}`}>{routes()}</StaticRouter>
      </I18nProvider>,
    )
    const page = document.createElement('div')
    page.innerHTML = html
    expect(page.querySelector('h1')?.textContent).toBe(counselling.name)
    expect(page.textContent).toContain('Cysylltu â nhw')
    expect(page.textContent).toContain('Amseroedd agor')
    expect(page.textContent).toContain('Dydd Llun i ddydd Gwener, 9yb i 5yh')
    expect(page.textContent).toContain('Gorbryder a phoeni, Hwyliau isel, Teulu a chartref')
    expect(page.textContent).not.toContain('Get in touch')
    expect(page.textContent).not.toContain('Opening times')
  })
})

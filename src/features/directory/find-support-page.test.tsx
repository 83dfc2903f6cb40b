import { I18nProvider } from '@lingui/react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, Route, Routes, StaticRouter, useLocation } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import demoDirectory from '../../../areas/demo/directory.json'
import { i18nFor } from '../../i18n/i18n-instances.ts'
import { FindSupportPage } from './find-support-page.tsx'
import { loadDistricts, POSTCODE_ATTRIBUTION } from './places/districts.ts'
import { paramsFromQuery, queryFromParams } from './search/query-params.ts'
import type { DirectoryQuery } from './search/search-model.ts'

const TOTAL = demoDirectory.services.length

/** Waits that follow the districts table and a full re-render: generous on a slow machine. */
const SLOW = { timeout: 4000 }

function LocationProbe() {
  return <output data-testid="address">{useLocation().search}</output>
}

function page() {
  return (
    <Routes>
      <Route
        path="/find-support"
        element={
          <>
            <FindSupportPage />
            <LocationProbe />
          </>
        }
      />
    </Routes>
  )
}

function renderSearch(query: DirectoryQuery = {}) {
  const search = paramsFromQuery(query).toString()
  return render(
    <MemoryRouter initialEntries={[`/find-support${search ? `?${search}` : ''}`]}>
      {page()}
    </MemoryRouter>,
  )
}

/** The search as the address now holds it. */
/** The router shows a new address in a transition, so wait for it to settle. */
async function expectAddress(expected: DirectoryQuery) {
  await waitFor(() => expect(addressQuery()).toEqual(expected))
}

function addressQuery(): DirectoryQuery {
  return queryFromParams(new URLSearchParams(screen.getByTestId('address').textContent ?? ''))
}

function resultNames(): string[] {
  const list = screen.getByRole('region', { name: 'Services' })
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '')
}

function cardOf(name: string): HTMLElement {
  return screen.getByRole('article', { name })
}

/** The live count: the first status message under the results heading. */
function status(): HTMLElement {
  const [count] = within(screen.getByRole('region', { name: 'Services' })).getAllByRole('status')
  if (!count) throw new Error('No results count')
  return count
}

beforeAll(async () => {
  // The districts table is a lazily loaded chunk; load it once, up front, as a visit would.
  await loadDistricts()
})

beforeEach(() => {
  // A Wednesday morning in March (GMT, so UK time is UTC).
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2025-03-05T10:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('FindSupportPage filters', () => {
  it('writes each filter to the address', async () => {
    const user = userEvent.setup()
    renderSearch()
    await user.selectOptions(screen.getByLabelText('What is it about?'), 'Sleep')
    await user.type(screen.getByLabelText('Search by name or words'), 'school nurse')
    await user.click(screen.getByText('More filters'))
    await user.type(screen.getByLabelText('Age'), '14')
    await user.click(screen.getByLabelText('Open now'))
    await user.click(screen.getByLabelText('Free'))
    await user.click(screen.getByLabelText(/contact them yourself/))
    await user.click(screen.getByLabelText('Text'))
    await user.click(screen.getByLabelText('Getting Advice'))
    await expectAddress({
      topic: 'sleep',
      text: 'school nurse',
      age: 14,
      openNow: true,
      free: true,
      selfReferral: true,
      modes: ['text'],
      thrive: 'Getting Advice',
    })
    expect(status()).toHaveTextContent(/^(\d+ services match|1 service matches)\./)
    expect(screen.getByText('More filters').parentElement).toHaveTextContent('(6 chosen)')
  })

  it('reads a shared search from the address into the form', async () => {
    renderSearch({
      topic: 'grief',
      age: 15,
      free: true,
      modes: ['phone', 'face-to-face'],
      thrive: 'Getting Help',
      near: 'BS1',
      within: 5,
    })
    expect(screen.getByLabelText('What is it about?')).toHaveValue('grief')
    expect(screen.getByLabelText('Age')).toHaveValue('15')
    expect(screen.getByLabelText('Free')).toBeChecked()
    expect(screen.getByLabelText('Open now')).not.toBeChecked()
    expect(screen.getByLabelText('Phone')).toBeChecked()
    expect(screen.getByLabelText('Face to face')).toBeChecked()
    expect(screen.getByLabelText('Text')).not.toBeChecked()
    expect(screen.getByLabelText('Getting Help')).toBeChecked()
    expect(screen.getByLabelText('Getting Help')).toHaveAccessibleDescription(/^Regular help/)
    expect(screen.getByLabelText('Postcode or area')).toHaveValue('BS1')
    expect(screen.getByLabelText('How far?')).toHaveValue('5')
    expect(await screen.findByText(POSTCODE_ATTRIBUTION)).toBeInTheDocument()
  })

  it('clears the filters but keeps the person’s answers', async () => {
    const user = userEvent.setup()
    renderSearch({ topic: 'anxiety', free: true, choice: { talkOrType: 'type' } })
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await expectAddress({ choice: { talkOrType: 'type' } })
    expect(screen.getByLabelText('What is it about?')).toHaveValue('')
    expect(status()).toHaveTextContent(`Showing all ${TOTAL} services.`)
  })
})

describe('FindSupportPage places', () => {
  it('says kindly when a district is not known, and still shows services', async () => {
    const user = userEvent.setup()
    renderSearch()
    const postcode = screen.getByLabelText('Postcode or area')
    await user.type(postcode, 'zz9 9zz{Enter}')
    await expectAddress({ near: 'ZZ9' })
    expect(
      await screen.findAllByText(/We could not find ZZ9 — check the postcode\./, {}, SLOW),
    ).not.toHaveLength(0)
    expect(postcode).toHaveAttribute('aria-invalid', 'true')
    expect(resultNames()).toHaveLength(TOTAL)
  })

  it('asks again when what is typed is not a postcode', async () => {
    const user = userEvent.setup()
    renderSearch()
    await user.type(screen.getByLabelText('Postcode or area'), 'my house{Enter}')
    expect(screen.getByText(/“my house” does not look like a postcode/)).toBeInTheDocument()
    expect(addressQuery().near).toBeUndefined()
  })

  it('shows how far services are from a district, with the data’s attribution', async () => {
    renderSearch({ near: 'BS1', within: 3 })
    const card = cardOf('Sample: Youth counselling service')
    expect(await within(card).findByText(/^[\d.]+ miles? from BS1$/, {}, SLOW)).toBeInTheDocument()
    expect(screen.getByText(POSTCODE_ATTRIBUTION)).toBeInTheDocument()
  })

  it('rounds “my location” to a district, only on a tap', async () => {
    const getCurrentPosition = vi.fn((success: PositionCallback) =>
      // Clifton, Bristol: a few streets from the centre of BS8.
      success({ coords: { latitude: 51.4562, longitude: -2.6201 } } as GeolocationPosition),
    )
    Object.defineProperty(navigator, 'geolocation', {
      value: { getCurrentPosition },
      configurable: true,
    })
    try {
      const user = userEvent.setup()
      renderSearch()
      expect(getCurrentPosition).not.toHaveBeenCalled()
      expect(screen.getByText(/exact location is not kept or sent anywhere/)).toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: 'Use my location' }))
      expect(await screen.findByText(/Using your area, BS8\./, {}, SLOW)).toBeInTheDocument()
      await waitFor(() => expect(addressQuery().near).toBe('BS8'))
      expect(screen.getByTestId('address').textContent).not.toMatch(/51\.45|2\.62/)
    } finally {
      Reflect.deleteProperty(navigator, 'geolocation')
    }
  })

  it('is kind when the person says no to sharing their location', async () => {
    const getCurrentPosition = vi.fn((_: PositionCallback, failure: PositionErrorCallback) =>
      failure({ code: 1, message: 'denied' } as GeolocationPositionError),
    )
    Object.defineProperty(navigator, 'geolocation', {
      value: { getCurrentPosition },
      configurable: true,
    })
    try {
      const user = userEvent.setup()
      renderSearch()
      await user.click(screen.getByRole('button', { name: 'Use my location' }))
      expect(await screen.findByText(/That is fine/)).toBeInTheDocument()
      expect(addressQuery().near).toBeUndefined()
    } finally {
      Reflect.deleteProperty(navigator, 'geolocation')
    }
  })

  it('says so when the browser cannot share a location', async () => {
    const user = userEvent.setup()
    renderSearch()
    await user.click(screen.getByRole('button', { name: 'Use my location' }))
    expect(screen.getByText(/This browser cannot share your location/)).toBeInTheDocument()
  })
})

describe('FindSupportPage results', () => {
  it('puts online and in-person help side by side, labelled', () => {
    renderSearch()
    const [first, second] = resultNames()
    const labels = [first, second].map(
      (name) => cardOf(name ?? '').querySelector('.result-card__side')?.textContent,
    )
    expect(labels.sort()).toEqual(['In person', 'Online or by phone'])
    expect(status()).toHaveTextContent(`Showing all ${TOTAL} services.`)
  })

  it('reorders by the person’s answers, and says why each result is shown', async () => {
    const user = userEvent.setup()
    renderSearch()
    const before = resultNames()
    const typeQuestion = screen.getByRole('group', { name: 'Would you rather talk or type?' })
    await user.click(within(typeQuestion).getByLabelText('Type (text or chat)'))
    await expectAddress({ choice: { talkOrType: 'type' } })
    const after = resultNames()
    expect(after).not.toEqual(before)
    const first = cardOf(after[0] ?? '')
    expect(within(first).getByText('Why it is shown')).toBeInTheDocument()
    expect(within(first).getByText('You can text them')).toBeInTheDocument()
    expect(status()).toHaveTextContent('The ones that fit your answers come first.')

    // "No preference" takes the answer back.
    await user.click(within(typeQuestion).getByLabelText('No preference'))
    await expectAddress({})
    expect(resultNames()).toEqual(before)
  })

  it('shows each card’s open state in words, and marks samples', () => {
    renderSearch()
    const childline = cardOf('Childline')
    expect(within(childline).getByText('Open now')).toBeInTheDocument()
    expect(within(childline).queryByText('Sample service')).toBeNull()
    expect(within(childline).getByText('Ways to get help:').parentElement).toHaveTextContent(
      'Online, Phone',
    )
    expect(within(childline).getByRole('link', { name: 'Childline' })).toHaveAttribute(
      'href',
      `/find-support/${demoDirectory.services.find((s) => s.name === 'Childline')?.id}`,
    )
    const counselling = cardOf('Sample: Youth counselling service')
    expect(within(counselling).getByText('Sample service')).toBeInTheDocument()
    expect(within(counselling).getByText('Open now, closes 17:00')).toBeInTheDocument()
    const noHours = cardOf('The Mix')
    expect(within(noHours).getByText('Hours not listed — check before you go')).toBeInTheDocument()
  })

  it('offers to widen a search that finds nothing, strictest filter first', async () => {
    const user = userEvent.setup()
    renderSearch({ topic: 'early-years', modes: ['text'] })
    expect(status()).toHaveTextContent('No services match.')
    const box = screen.getByText('No services match all of that.').closest('div') as HTMLElement
    expect(within(box).getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
    const options = screen
      .getAllByRole('button', { name: /^Take off/ })
      .map((button) => button.textContent)
    expect(options).toHaveLength(2)
    const counts = options.map((text) => Number(/to see (\d+)/.exec(text ?? '')?.[1]))
    expect(counts[0]).toBeGreaterThanOrEqual(counts[1] ?? 0)
    await user.click(screen.getByRole('button', { name: /^Take off “text”/ }))
    await expectAddress({ topic: 'early-years' })
    expect(resultNames().length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { level: 2, name: 'Services' })).toHaveFocus()
  })

  it('puts services for parents first through the parents’ door', async () => {
    const user = userEvent.setup()
    renderSearch({ audience: 'parents' })
    expect(screen.getByText(/services for parents and carers come\s+first/)).toBeInTheDocument()
    const first = cardOf(resultNames()[0] ?? '')
    expect(within(first).getByText('For parents and carers')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show the usual order' }))
    await expectAddress({})
    expect(screen.queryByText(/services for parents and carers come\s+first/)).toBeNull()
  })
})

describe('FindSupportPage prerendered', () => {
  it('lists the whole directory with nothing that depends on the time or the address', () => {
    const html = renderToString(
      <I18nProvider i18n={i18nFor('en')}>
        <StaticRouter location="/find-support?topic=sleep&open=1">{page()}</StaticRouter>
      </I18nProvider>,
    )
    const view = document.createElement('div')
    view.innerHTML = html
    expect(view.querySelectorAll('.result-card')).toHaveLength(TOTAL)
    expect(view.textContent).toContain(`Showing all ${TOTAL} services.`)
    expect(view.textContent).not.toMatch(/Open now,|Closed, opens|Why it is shown/)
    expect(view.textContent).toContain('Hours not listed — check before you go')
  })
})

describe('FindSupportPage in Welsh', () => {
  it('asks its questions and counts the services in Welsh', () => {
    const html = renderToString(
      <I18nProvider i18n={i18nFor('cy')}>
        <StaticRouter location="/find-support">{page()}</StaticRouter>
      </I18nProvider>,
    )
    const view = document.createElement('div')
    view.innerHTML = html
    expect(view.querySelector('h1')?.textContent).toBe('Dod o hyd i gymorth')
    expect(view.textContent).toContain('Sut hoffet ti gael cymorth?')
    expect(view.textContent).toContain('Hwyliau isel')
    expect(view.textContent).toContain(`Yn dangos pob un o’r ${TOTAL} gwasanaeth.`)
    expect(view.textContent).not.toContain('How would you like support?')
  })
})

import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Dexie from 'dexie'
import { MemoryRouter, Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as AboutMeModule from '../../../db/about-me.ts'
import { emptyAboutMe, getAboutMe, saveAboutMe } from '../../../db/about-me.ts'
import type { HarbourDatabase } from '../../../db/schema.ts'
import { createTestDatabase, storeAsIs } from '../../../db/test-harness.ts'
import { AboutMePage } from './about-me-page.tsx'
import { SharedAboutMePage } from './shared-about-me-page.tsx'
import { InLanguage } from '../../../i18n/in-language.tsx'

vi.mock('../../../db/about-me.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof AboutMeModule>()
  return { ...actual, saveAboutMe: vi.fn(actual.saveAboutMe) }
})

function renderPage() {
  const user = userEvent.setup()
  render(
    <MemoryRouter>
      <AboutMePage />
    </MemoryRouter>,
  )
  return user
}

const box = (name: string | RegExp) => screen.findByRole('textbox', { name })

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.readAsText(blob)
  })
}

describe('AboutMePage', () => {
  let database: HarbourDatabase
  beforeEach(() => {
    database = createTestDatabase()
    vi.mocked(saveAboutMe).mockClear()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('welcomes warmly, and saves what is written with clear feedback', async () => {
    const user = renderPage()
    expect(screen.getByRole('heading', { level: 1, name: 'About me' })).toBeInTheDocument()
    expect(
      screen.getByText('Tell your story once, so you don’t have to repeat it to every new person.'),
    ).toBeVisible()

    await user.type(await box('What I like to be called'), 'Sam')
    await user.type(screen.getByRole('textbox', { name: 'My pronouns' }), 'they/them')
    await user.type(
      screen.getByRole('textbox', { name: 'What I’d like people helping me to know' }),
      'New places are hard.',
    )
    const contact = screen.getByRole('group', { name: 'How I like to be contacted' })
    await user.click(within(contact).getByRole('checkbox', { name: 'Email' }))
    await user.click(within(contact).getByRole('checkbox', { name: 'Text message' }))
    expect(screen.getByText('You have changes that are not saved yet.')).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Save About me' }))
    expect(await screen.findByText('Saved on this device.')).toBeVisible()
    expect(screen.queryByText('You have changes that are not saved yet.')).toBeNull()
    expect((await getAboutMe())?.aboutMe).toEqual({
      ...emptyAboutMe(),
      preferredName: 'Sam',
      pronouns: 'they/them',
      toKnow: 'New places are hard.',
      contactWays: ['text', 'email'],
    })
  })

  it('opens what was saved before, even from a damaged record', async () => {
    await storeAsIs(database, 'documents', {
      id: 'about-me',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: { preferredName: 'Jo', whatHelps: 12, contactWays: ['letter', 'fax'] },
    })
    renderPage()
    expect(await box('What I like to be called')).toHaveValue('Jo')
    expect(screen.getByRole('textbox', { name: 'What helps me' })).toHaveValue('')
    expect(screen.getByRole('checkbox', { name: 'Letter' })).toBeChecked()
  })

  it('keeps what was typed when saving fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.mocked(saveAboutMe).mockRejectedValueOnce(
      new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      ),
    )
    const user = renderPage()
    const name = await box('What I like to be called')
    await user.type(name, 'Sam')
    await user.click(screen.getByRole('button', { name: 'Save About me' }))
    expect(
      await screen.findByText(/because it is full. What you wrote is still here/),
    ).toBeVisible()
    expect(name).toHaveValue('Sam')
    expect(await getAboutMe()).toBeUndefined()

    await user.click(screen.getByRole('button', { name: 'Save About me' }))
    expect(await screen.findByText('Saved on this device.')).toBeVisible()
    expect((await getAboutMe())?.aboutMe.preferredName).toBe('Sam')
  })

  it('prints a clean page of only the About me, and says when there is nothing yet', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const user = renderPage()
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }))
    expect(print).not.toHaveBeenCalled()
    expect(screen.getAllByText(/There is nothing to share yet/)[0]).toBeVisible()

    await user.type(await box('What helps me'), 'A quiet room')
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }))
    expect(print).toHaveBeenCalledOnce()
    const printed = document.querySelector('.about-me-print') as HTMLElement
    expect(printed.hidden).toBe(true)
    expect(printed.querySelector('h1')?.textContent).toBe('About me')
    expect(printed.textContent).toContain('What helps me')
    expect(printed.textContent).toContain('A quiet room')
    expect(printed.querySelector('form, button, input, textarea')).toBeNull()
  })

  it('downloads a small file of the About me', async () => {
    let blob: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((made) => {
      blob = made as Blob
      return 'blob:harbour/3'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const user = renderPage()
    await user.type(await box('My pronouns'), 'she/her')
    await user.click(screen.getByRole('button', { name: 'Download as a file' }))
    expect(await screen.findByText(/Your file “about-me-.*\.html” is ready/)).toBeVisible()
    expect(blob?.type).toBe('text/html;charset=utf-8')
    expect(await readBlob(blob as Blob)).toContain('<p>she/her</p>')
  })

  it('makes a private link that opens on the shared page, and copies it', async () => {
    const user = renderPage()
    expect(await screen.findByText(/Anyone who has the link can read your About me/)).toBeVisible()
    expect(screen.getByText(/Harbour can’t delete it or take it back/)).toBeVisible()
    await user.type(await box('What I like to be called'), 'Samira')
    await user.type(screen.getByRole('textbox', { name: 'What doesn’t help me' }), 'Being rushed')
    await user.click(screen.getByRole('button', { name: 'Make a private link' }))
    const linkBox = await screen.findByRole('textbox', { name: 'Your private link' })
    const url = new URL((linkBox as HTMLTextAreaElement).value)
    expect(url.pathname).toBe('/my-space/about-me/shared')
    expect(url.href).not.toContain('Samira')

    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText(/Link copied/)).toBeVisible()
    expect(await navigator.clipboard.readText()).toBe(url.href)

    // Changing the About me puts the old link away.
    await user.type(screen.getByRole('textbox', { name: 'My pronouns' }), 'they')
    expect(screen.queryByRole('textbox', { name: 'Your private link' })).toBeNull()

    // The person who receives it.
    cleanup()
    render(
      <MemoryRouter initialEntries={[`${url.pathname}${url.hash}`]}>
        <Routes>
          <Route path="/my-space/about-me/shared" element={<SharedAboutMePage />} />
        </Routes>
      </MemoryRouter>,
    )
    expect(await screen.findByRole('heading', { name: 'What I like to be called' })).toBeVisible()
    expect(screen.getByText('Samira')).toBeVisible()
    expect(screen.getByText('Being rushed')).toBeVisible()
  })

  it('explains kindly when the About me is too long for a link', async () => {
    const user = renderPage()
    const long = 'I would like you to know this. '.repeat(120)
    const field = await box('What I’d like people helping me to know')
    await user.click(field)
    await user.paste(long)
    await user.click(screen.getByRole('textbox', { name: 'Anything else' }))
    await user.paste(long)
    await user.click(screen.getByRole('button', { name: 'Make a private link' }))
    expect(await screen.findByText(/Your About me is too long to fit in a link/)).toBeVisible()
    expect(screen.getByText(/download it as a file or print it instead/)).toBeVisible()
    expect(screen.queryByRole('textbox', { name: 'Your private link' })).toBeNull()
  })
})

describe('AboutMePage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('asks its questions and saves in Welsh', async () => {
    const user = userEvent.setup()
    render(
      <InLanguage locale="cy">
        <MemoryRouter>
          <AboutMePage />
        </MemoryRouter>
      </InLanguage>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Amdana i' })).toBeVisible()
    await user.type(await screen.findByRole('textbox', { name: 'Fy rhagenwau' }), 'hi/ei')
    expect(
      screen.getByRole('group', { name: 'Sut dw i’n hoffi i bobl gysylltu â fi' }),
    ).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Cadw Amdana i' }))
    expect(await screen.findByText('Wedi’i gadw ar y ddyfais hon.')).toBeVisible()
  })
})

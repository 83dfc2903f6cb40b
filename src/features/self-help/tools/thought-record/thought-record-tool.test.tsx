import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDatabase } from '../../../../db/test-harness.ts'
import type * as ToolEntries from '../../../../db/tool-entries.ts'
import { listToolEntries, saveToolEntry } from '../../../../db/tool-entries.ts'
import { quotaExceeded } from '../test-errors.ts'
import { renderTool } from '../test-render.tsx'
import { emptyThoughtDraft, toThoughtRecord } from './thought-record-data.ts'
import { ThoughtRecordTool } from './thought-record-tool.tsx'

vi.mock('../../../../db/tool-entries.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof ToolEntries>()
  return {
    ...actual,
    saveToolEntry: vi.fn(actual.saveToolEntry),
    listToolEntries: vi.fn(actual.listToolEntries),
  }
})

const box = (name: RegExp | string) => screen.getByRole('textbox', { name })
const record = (situation: string) => toThoughtRecord({ ...emptyThoughtDraft, situation })
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('ThoughtRecordTool', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(saveToolEntry).mockClear()
  })

  it('says where records are kept, and links to help', async () => {
    renderTool(<ThoughtRecordTool />)
    expect(screen.getByText(/What you write stays on this device/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
    expect(await screen.findByText("You haven't saved any thought records yet.")).toBeVisible()
  })

  it('saves a record with feelings and their strength, then clears the form', async () => {
    const user = userEvent.setup()
    renderTool(<ThoughtRecordTool />)
    await user.type(box('1. What happened?'), 'Nobody replied in the group chat')
    await user.click(screen.getByRole('checkbox', { name: 'Lonely' }))
    await user.click(screen.getByRole('checkbox', { name: 'Worried' }))
    await user.type(
      screen.getByRole('spinbutton', { name: 'How strong was “Lonely”? 0 to 100' }),
      '80',
    )
    await user.type(box(/3\. What went through your mind/), 'They all hate me')
    await user.type(box(/4\. What makes/), 'Nobody answered')
    await user.type(box(/5\. What doesn't fit/), 'Sam messaged me yesterday')
    await user.type(box(/6\. A kinder/), 'They might just be busy')
    await user.type(
      screen.getByRole('spinbutton', { name: 'How strong is “Lonely” now? 0 to 100' }),
      '30',
    )
    await user.click(screen.getByRole('button', { name: 'Save to this device' }))

    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument()
    expect(box('1. What happened?')).toHaveValue('')
    expect(screen.getByRole('checkbox', { name: 'Lonely' })).not.toBeChecked()
    const [saved] = await listToolEntries('thought-record')
    expect(saved?.data).toMatchObject({
      situation: 'Nobody replied in the group chat',
      feelings: [{ name: 'Worried' }, { name: 'Lonely', before: 80, after: 30 }],
      balancedThought: 'They might just be busy',
    })
    const section = screen.getByRole('region', { name: 'Your saved thought records' })
    expect(
      await within(section).findByRole('heading', { name: 'Nobody replied in the group chat' }),
    ).toBeVisible()
  })

  it('does not save an empty record', async () => {
    const user = userEvent.setup()
    renderTool(<ThoughtRecordTool />)
    await user.click(screen.getByRole('button', { name: 'Save to this device' }))
    expect(screen.getByText(/Write something or pick a feeling first/)).toBeInTheDocument()
    expect(saveToolEntry).not.toHaveBeenCalled()
  })

  it('keeps everything typed when the device is full', async () => {
    vi.mocked(saveToolEntry).mockRejectedValueOnce(quotaExceeded())
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = userEvent.setup()
    renderTool(<ThoughtRecordTool />)
    await user.type(box('1. What happened?'), 'Maths test')
    await user.click(screen.getByRole('checkbox', { name: 'Stressed' }))
    await user.type(screen.getByRole('spinbutton', { name: /“Stressed”\? 0 to 100/ }), '90')
    await user.click(screen.getByRole('button', { name: 'Save to this device' }))

    expect(await screen.findByText(/We couldn't save this on your device/)).toBeInTheDocument()
    expect(screen.getByText(/What you wrote is still here/)).toBeInTheDocument()
    expect(box('1. What happened?')).toHaveValue('Maths test')
    expect(screen.getByRole('checkbox', { name: 'Stressed' })).toBeChecked()
    expect(screen.getByRole('spinbutton', { name: /“Stressed”\? 0 to 100/ })).toHaveValue(90)
    expect(await listToolEntries('thought-record')).toEqual([])
    vi.mocked(console.error).mockRestore()
  })

  it('lists saved records newest first, opens one and deletes it after asking', async () => {
    await saveToolEntry('thought-record', record('Older one'))
    await tick()
    await saveToolEntry('thought-record', { ...record('Newer one'), thought: "I'll fail" })
    const user = userEvent.setup()
    renderTool(<ThoughtRecordTool />)
    const section = screen.getByRole('region', { name: 'Your saved thought records' })
    const titles = await within(section).findAllByRole('heading', { level: 3 })
    expect(titles.map((title) => title.textContent)).toEqual(['Newer one', 'Older one'])

    await user.click(screen.getByRole('button', { name: 'Open: Newer one' }))
    expect(screen.getByText("I'll fail")).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Delete: Newer one' }))
    const confirm = screen.getByRole('group', { name: /Delete this thought record\?/ })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Deleted the thought record.')).toBeInTheDocument()
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(1)
    expect((await listToolEntries('thought-record')).map((row) => row.data.situation)).toEqual([
      'Older one',
    ])
  })

  it('says so when a saved record cannot be read, and shows the rest', async () => {
    await saveToolEntry('thought-record', record('Fine one'))
    await saveToolEntry('thought-record', { situation: 42 })
    renderTool(<ThoughtRecordTool />)
    expect(await screen.findByText(/One saved thought record couldn't be read/)).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Fine one' })).toBeVisible()
  })

  it('offers to try again when saved records cannot be opened', async () => {
    vi.mocked(listToolEntries).mockRejectedValueOnce(new Error('Connection lost'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await saveToolEntry('thought-record', record('Fine one'))
    const user = userEvent.setup()
    renderTool(<ThoughtRecordTool />)
    expect(await screen.findByText(/We couldn’t open what you saved/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Fine one' })).toBeVisible()
    vi.mocked(console.error).mockRestore()
  })
})

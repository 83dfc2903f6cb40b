import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Dexie, { type Table } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  dumpDatabase,
  fillEveryTable,
  sampleBackup,
  sampleRows,
} from '../../../db/backup/backup-test-data.ts'
import { backupToJson } from '../../../db/backup/export-backup.ts'
import type { HarbourDatabase } from '../../../db/schema.ts'
import { createTestDatabase } from '../../../db/test-harness.ts'
import { YourDataPage } from './your-data-page.tsx'
import { InLanguage } from '../../../i18n/in-language.tsx'

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error as Error)
    reader.readAsText(blob)
  })
}

/** Catches what the page hands to the browser's downloads. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = []
  let lastBlob: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob
    return 'blob:harbour/1'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) files.push({ name: this.download, blob: lastBlob })
  })
  return files
}

function renderPage() {
  const user = userEvent.setup()
  render(
    <MemoryRouter>
      <YourDataPage />
    </MemoryRouter>,
  )
  return user
}

const jsonFile = (text: string, name = 'harbour-export-2026-02-01.json') =>
  new File([text], name, { type: 'application/json' })

describe('YourDataPage', () => {
  let database: HarbourDatabase
  beforeAll(() => {
    // Dexie runs live queries only if it saw IndexedDB when it loaded, which jsdom lacks. Each
    // test still gets its own database from createTestDatabase().
    Dexie.dependencies.indexedDB ??= new IDBFactory()
    Dexie.dependencies.IDBKeyRange ??= IDBKeyRange
  })
  beforeEach(() => {
    database = createTestDatabase()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('downloads everything as one JSON file, and check-ins as CSV', async () => {
    await fillEveryTable(database)
    const files = catchDownloads()
    const user = renderPage()
    expect(screen.getByRole('heading', { level: 1, name: 'Your data' })).toBeInTheDocument()
    expect(screen.getByText(/Anyone who opens it can read what you wrote/)).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Download everything (JSON file)' }))
    expect(await screen.findByText(/Your file “harbour-export-.*\.json” is ready/)).toBeVisible()
    const [json] = files
    expect(json?.name).toMatch(/^harbour-export-\d{4}-\d{2}-\d{2}\.json$/)
    const exported = JSON.parse(await readBlob(json?.blob as Blob)) as ReturnType<
      typeof sampleBackup
    >
    expect(exported.format).toBe('harbour-export')
    expect(exported.tables.checkIns).toEqual(sampleRows().checkIns)

    await user.click(
      screen.getByRole('button', { name: 'Download check-ins as a spreadsheet (CSV file)' }),
    )
    await screen.findByText(/Your file “harbour-check-ins-.*\.csv” is ready/)
    const csv = await readBlob(files[1]?.blob as Blob)
    expect(csv).toContain('"Maths test, ""big"" one, = stressful\nSlept badly"')
    expect(csv.split('\r\n')).toHaveLength(4)
  })

  it('explains the merge rule, shows what a file will change, and imports only on yes', async () => {
    await fillEveryTable(database, { ...sampleRows(), checkIns: [] })
    const user = renderPage()
    expect(screen.getByText(/keeps whichever copy was changed most recently/)).toBeVisible()

    await user.upload(
      screen.getByLabelText('Choose a Harbour export file'),
      jsonFile(backupToJson(sampleBackup())),
    )
    const heading = await screen.findByRole('heading', { name: 'Here is what will change' })
    // Focus follows in an effect, just after the result is drawn.
    await waitFor(() => expect(heading).toHaveFocus())
    const result = heading.parentElement as HTMLElement
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Add 2 check-ins.',
      'Leave 7 things as they are, because this device already has them (or a newer copy).',
    ])
    expect(await database.checkIns.count()).toBe(0)

    await user.click(within(result).getByRole('button', { name: 'Bring back this copy' }))
    const done = await screen.findByRole('heading', { name: 'Done: your copy is back' })
    await waitFor(() => expect(done).toHaveFocus())
    expect(screen.getByText('Added 2 check-ins.')).toBeVisible()
    expect(await database.checkIns.count()).toBe(2)
  })

  it('changes nothing when the person cancels', async () => {
    const user = renderPage()
    await user.upload(
      screen.getByLabelText('Choose a Harbour export file'),
      jsonFile(backupToJson(sampleBackup())),
    )
    await screen.findByRole('heading', { name: 'Here is what will change' })
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('heading', { name: 'Here is what will change' })).toBeNull()
    expect(screen.getByLabelText('Choose a Harbour export file')).toHaveFocus()
    expect(await database.checkIns.count()).toBe(0)
  })

  it('names what is wrong with a bad file, and changes nothing', async () => {
    await fillEveryTable(database)
    const before = await dumpDatabase(database)
    const user = renderPage()
    const rows = sampleRows()
    Object.assign(rows.checkIns[0] ?? {}, { mood: 'happy' })
    await user.upload(
      screen.getByLabelText('Choose a Harbour export file'),
      jsonFile(backupToJson(sampleBackup(rows)), 'old.json'),
    )
    const heading = await screen.findByRole('heading', { name: '“old.json” can’t be brought back' })
    await waitFor(() => expect(heading).toHaveFocus())
    const result = heading.parentElement as HTMLElement
    expect(within(result).getByText(/Nothing on this device has been changed/)).toBeVisible()
    expect(
      within(result).getByText('Check-in 1: “mood” should be a mood from 1 to 5.'),
    ).toBeVisible()

    await user.click(screen.getByRole('button', { name: 'Choose another file' }))
    await user.upload(
      screen.getByLabelText('Choose a Harbour export file'),
      jsonFile('name,mood\nSam,3', 'moods.csv'),
    )
    expect(await screen.findByText(/This is not a Harbour export/)).toBeVisible()
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('says so plainly when the device is full, and nothing is half written', async () => {
    await fillEveryTable(database, { ...sampleRows(), checkIns: [], goals: [] })
    const before = await dumpDatabase(database)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const tableClass = database.Table.prototype
    const realBulkPut = tableClass.bulkPut
    async function fullOnGoals(this: Table, ...args: Parameters<Table['bulkPut']>) {
      const result: unknown = await realBulkPut.apply(this, args)
      if (this.name === 'goals') {
        throw new Dexie.AbortError(
          'Transaction aborted',
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        )
      }
      return result
    }
    vi.spyOn(tableClass, 'bulkPut').mockImplementation(fullOnGoals as unknown as Table['bulkPut'])
    const user = renderPage()
    await user.upload(
      screen.getByLabelText('Choose a Harbour export file'),
      jsonFile(backupToJson(sampleBackup())),
    )
    await user.click(await screen.findByRole('button', { name: 'Bring back this copy' }))
    expect(
      await screen.findByText(/There is not enough space on this device to bring this copy back/),
    ).toBeVisible()
    expect(screen.getByText(/Nothing on this device has been changed/)).toBeVisible()
    expect(await dumpDatabase(database)).toBe(before)
  })

  it('deletes everything only after a clear yes, with equal answers', async () => {
    await fillEveryTable(database)
    const user = renderPage()
    expect(await screen.findByText(/On this device now: 2 check-ins, 2 goals/)).toBeVisible()
    expect(screen.getByText(/display choices \(colours, text size and motion\) stay/)).toBeVisible()

    const open = screen.getByRole('button', { name: 'Delete everything…' })
    await user.click(open)
    const question = screen.getByText('Delete everything Harbour keeps on this device?')
    expect(question).toHaveFocus()
    const choice = screen.getByRole('group', { name: question.textContent ?? '' })
    const [yes, no] = within(choice).getAllByRole('button')
    expect(yes).toHaveAccessibleName('Delete everything')
    expect(no).toHaveAccessibleName('Keep my data')
    expect(yes?.className).toBe(no?.className)

    await user.click(no as HTMLElement)
    expect(screen.getByRole('button', { name: 'Delete everything…' })).toHaveFocus()
    expect(await database.checkIns.count()).toBe(2)

    await user.click(screen.getByRole('button', { name: 'Delete everything…' }))
    await user.click(screen.getByRole('button', { name: 'Delete everything' }))
    expect(
      await screen.findByText('Done. Everything Harbour kept on this device is deleted.'),
    ).toBeVisible()
    for (const table of database.tables) expect(await table.count()).toBe(0)
    await waitFor(() =>
      expect(
        screen.getByText('There is nothing saved in Harbour on this device right now.'),
      ).toBeVisible(),
    )
  })
})

describe('YourDataPage in Welsh', () => {
  beforeEach(() => {
    createTestDatabase()
  })

  it('explains each part in Welsh, and counts what is on the device', async () => {
    render(
      <InLanguage locale="cy">
        <MemoryRouter>
          <YourDataPage />
        </MemoryRouter>
      </InLanguage>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Dy ddata' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 2, name: 'Lawrlwytho copi' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 2, name: 'Dod â chopi yn ôl' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Dileu popeth…' })).toBeVisible()
    expect(
      await screen.findByText(
        'Does dim byd wedi’i gadw yn Harbour ar y ddyfais hon ar hyn o bryd.',
      ),
    ).toBeVisible()
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as CopingKit from '../../../../db/coping-kit.ts'
import { getCopingKit, saveCopingKit } from '../../../../db/coping-kit.ts'
import { createTestDatabase } from '../../../../db/test-harness.ts'
import { quotaExceeded } from '../test-errors.ts'
import { renderTool } from '../test-render.tsx'
import { CopingKitTool } from './coping-kit-tool.tsx'

vi.mock('../../../../db/coping-kit.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof CopingKit>()
  return { ...actual, saveCopingKit: vi.fn(actual.saveCopingKit) }
})

const kitTexts = async () => (await getCopingKit()).map((item) => item.text)
const shownTexts = () =>
  within(screen.getByRole('list', { name: 'My kit' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.kit-item__text')?.textContent)

async function renderKit() {
  const user = userEvent.setup()
  renderTool(<CopingKitTool />)
  await screen.findByRole('textbox', { name: 'Add your own idea' })
  return user
}

describe('CopingKitTool', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(saveCopingKit).mockClear()
  })

  it('starts empty, says where the kit is kept, and links to help', async () => {
    await renderKit()
    expect(screen.getByText(/Your kit is empty for now/)).toBeInTheDocument()
    expect(
      screen.getByText('Your kit stays on this device. It is not sent anywhere.'),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })

  it('adds my own idea and an idea with one tap, and keeps them on the device', async () => {
    const user = await renderKit()
    await user.type(screen.getByRole('textbox', { name: 'Add your own idea' }), 'Stroke my cat')
    await user.click(screen.getByRole('button', { name: 'Add to my kit' }))
    expect(await screen.findByText('Added “Stroke my cat”. Saved on this device.')).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Add your own idea' })).toHaveValue('')

    const idea = screen.getByRole('button', { name: 'Add: Go for a walk' })
    await user.click(idea)
    await screen.findByText('Added “Go for a walk”. Saved on this device.')
    expect(idea).toHaveAccessibleName('Go for a walk (in your kit)')
    expect(idea).toHaveAttribute('aria-disabled', 'true')
    expect(idea).toHaveFocus()
    expect(await kitTexts()).toEqual(['Stroke my cat', 'Go for a walk'])

    await user.click(idea)
    expect(await screen.findByText('“Go for a walk” is already in your kit.')).toBeVisible()
    expect(await kitTexts()).toHaveLength(2)
  })

  it('reorders with buttons and keeps focus on the item moved', async () => {
    await saveCopingKit([
      { id: 'a', text: 'Draw' },
      { id: 'b', text: 'Have a bath' },
    ])
    const user = await renderKit()
    expect(screen.getByRole('button', { name: 'Move up: Draw' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Move down: Draw' }))
    await screen.findByText('Moved. Saved on this device.')
    expect(shownTexts()).toEqual(['Have a bath', 'Draw'])
    // Draw is now last, so its Move down is off and focus lands on its Move up.
    expect(screen.getByRole('button', { name: 'Move up: Draw' })).toHaveFocus()
    expect(await kitTexts()).toEqual(['Have a bath', 'Draw'])
  })

  it('edits and removes an item', async () => {
    await saveCopingKit([{ id: 'a', text: 'Draw' }])
    const user = await renderKit()
    await user.click(screen.getByRole('button', { name: 'Edit: Draw' }))
    const box = screen.getByRole('textbox', { name: 'Change this idea' })
    expect(box).toHaveFocus()
    await user.clear(box)
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByText(/Write something here, or remove it instead/)).toBeVisible()
    await user.type(box, 'Draw a comic')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const edit = await screen.findByRole('button', { name: 'Edit: Draw a comic' })
    await waitFor(() => expect(edit).toHaveFocus())

    await user.click(screen.getByRole('button', { name: 'Remove: Draw a comic' }))
    expect(await screen.findByText('Removed “Draw a comic”. Saved on this device.')).toBeVisible()
    expect(screen.getByRole('heading', { name: 'My kit' })).toHaveFocus()
    expect(await kitTexts()).toEqual([])
  })

  it('keeps what was typed when the device is full', async () => {
    vi.mocked(saveCopingKit).mockRejectedValueOnce(quotaExceeded())
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = await renderKit()
    const box = screen.getByRole('textbox', { name: 'Add your own idea' })
    await user.type(box, 'Call my nan')
    await user.click(screen.getByRole('button', { name: 'Add to my kit' }))
    expect(
      await screen.findByText(/We couldn't save this on your device because it is full/),
    ).toBeVisible()
    expect(box).toHaveValue('Call my nan')
    expect(screen.getByText(/Your kit is empty for now/)).toBeInTheDocument()

    // Once there is room again, the same words can be added without typing them again.
    await user.click(screen.getByRole('button', { name: 'Add to my kit' }))
    await screen.findByText('Added “Call my nan”. Saved on this device.')
    expect(await kitTexts()).toEqual(['Call my nan'])
    vi.mocked(console.error).mockRestore()
  })

  it('keeps an edit open with its words when saving fails', async () => {
    await saveCopingKit([{ id: 'a', text: 'Draw' }])
    vi.mocked(saveCopingKit).mockRejectedValueOnce(new Error('Storage unavailable'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = await renderKit()
    await user.click(screen.getByRole('button', { name: 'Edit: Draw' }))
    await user.type(screen.getByRole('textbox', { name: 'Change this idea' }), ' cartoons')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(/We couldn't save this on your device/)).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Change this idea' })).toHaveValue('Draw cartoons')
    expect(await kitTexts()).toEqual(['Draw'])
    vi.mocked(console.error).mockRestore()
  })
})

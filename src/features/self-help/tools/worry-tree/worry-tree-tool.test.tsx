import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDatabase } from '../../../../db/test-harness.ts'
import type * as ToolEntries from '../../../../db/tool-entries.ts'
import { listToolEntries, saveToolEntry } from '../../../../db/tool-entries.ts'
import { quotaExceeded } from '../test-errors.ts'
import { renderTool } from '../test-render.tsx'
import { WorryTreeTool } from './worry-tree-tool.tsx'

vi.mock('../../../../db/tool-entries.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof ToolEntries>()
  return { ...actual, saveToolEntry: vi.fn(actual.saveToolEntry) }
})

async function next(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: /^(Next|Finish)$/ }))
}

/** Fills in a worry tree along the "I can't change it" branch, up to the summary. */
async function fillCantChangeTree(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: /Write your worry/ }), 'My friend is moving')
  await next(user)
  await user.click(screen.getByRole('radio', { name: /No, it's not something I can change/ }))
  await next(user)
  await user.click(screen.getByRole('radio', { name: 'Talk to someone I trust' }))
  await next(user)
}

describe('WorryTreeTool', () => {
  beforeEach(() => {
    createTestDatabase()
    vi.mocked(saveToolEntry).mockClear()
  })

  it('says where a saved tree is kept, and links to help', () => {
    renderTool(<WorryTreeTool />)
    expect(screen.getByText(/it stays on this device/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })

  it('asks gently for an answer before choosing a branch', async () => {
    const user = userEvent.setup()
    renderTool(<WorryTreeTool />)
    await next(user)
    expect(screen.getByRole('heading', { name: 'Can you do something about it?' })).toHaveFocus()
    await next(user)
    expect(screen.getByRole('radio', { name: 'Yes, I can do something' })).toHaveFocus()
    expect(
      screen.getByRole('group', { name: 'Can you do something about it?' }),
    ).toHaveAccessibleDescription(/Choose one answer to go on/)
  })

  it('lets go of a worry that cannot be changed, then saves it on the device', async () => {
    const user = userEvent.setup()
    renderTool(<WorryTreeTool />)
    expect(await screen.findByText("You haven't saved any worry trees yet.")).toBeInTheDocument()
    await user.type(
      screen.getByRole('textbox', { name: /Write your worry/ }),
      'My friend is moving',
    )
    await next(user)
    await user.click(screen.getByRole('radio', { name: /No, it's not something I can change/ }))
    await next(user)
    expect(screen.getByRole('heading', { name: 'Let the worry go' })).toHaveFocus()
    expect(screen.getByText(/like a leaf on a stream/)).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Something else' }))
    await user.type(screen.getByRole('textbox', { name: 'What will you do?' }), 'Bake a cake')
    await next(user)

    expect(screen.getByRole('heading', { name: 'Your worry tree' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Save to this device' }))
    expect(await screen.findByText(/Saved on this device/)).toBeInTheDocument()
    const saved = await listToolEntries('worry-tree')
    expect(saved.map((row) => row.data)).toEqual([
      { worry: 'My friend is moving', canAct: false, refocus: 'Bake a cake' },
    ])

    // Saving twice updates the same tree rather than adding a copy.
    await user.click(screen.getByRole('button', { name: 'Save to this device' }))
    await waitFor(() => expect(saveToolEntry).toHaveBeenCalledTimes(2))
    await vi.mocked(saveToolEntry).mock.results[1]?.value
    expect(vi.mocked(saveToolEntry).mock.calls[1]?.[2]).toBe(saved[0]?.id)
    expect(await listToolEntries('worry-tree')).toHaveLength(1)
    const list = await screen.findByRole('list')
    expect(within(list).getByRole('heading', { name: 'My friend is moving' })).toBeInTheDocument()
  })

  it('makes a plan with a time when it can be done later', async () => {
    const user = userEvent.setup()
    renderTool(<WorryTreeTool />)
    await user.type(screen.getByRole('textbox', { name: /Write your worry/ }), 'Exams')
    await next(user)
    await user.click(screen.getByRole('radio', { name: 'Yes, I can do something' }))
    await next(user)
    await user.type(screen.getByRole('textbox', { name: /What could you do/ }), 'Make a timetable')
    await user.click(screen.getByRole('radio', { name: "Later: I'll make a plan" }))
    await next(user)
    expect(screen.getByRole('heading', { name: 'Make a plan' })).toHaveFocus()
    await user.type(screen.getByRole('textbox', { name: 'When will you do it?' }), 'Saturday')
    await next(user)
    expect(screen.getByText(/You have a plan/)).toBeInTheDocument()
    await next(user)
    expect(screen.getByText('Later: Saturday')).toBeInTheDocument()
    expect(screen.getByText('Make a timetable')).toBeInTheDocument()
  })

  it('keeps everything written when the device is full', async () => {
    vi.mocked(saveToolEntry).mockRejectedValueOnce(quotaExceeded())
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const user = userEvent.setup()
    renderTool(<WorryTreeTool />)
    await fillCantChangeTree(user)
    await user.click(screen.getByRole('button', { name: 'Save to this device' }))
    expect(
      await screen.findByText(/We couldn't save this on your device because it is full/),
    ).toBeInTheDocument()
    expect(await listToolEntries('worry-tree')).toEqual([])
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()

    for (let step = 0; step < 3; step++) {
      await user.click(screen.getByRole('button', { name: 'Back' }))
    }
    expect(screen.getByRole('textbox', { name: /Write your worry/ })).toHaveValue(
      'My friend is moving',
    )
  })

  it('opens and deletes a saved tree, after asking with two equal choices', async () => {
    await saveToolEntry('worry-tree', { worry: 'Exams', canAct: true, when: 'now' })
    const user = userEvent.setup()
    renderTool(<WorryTreeTool />)
    await user.click(await screen.findByRole('button', { name: 'Open: Exams' }))
    expect(screen.getByRole('button', { name: 'Close: Exams' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(screen.getByText('Now')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Delete: Exams' }))
    const question = screen.getByText(/Delete this worry tree\?/)
    expect(question).toHaveFocus()
    const confirm = screen.getByRole('group', { name: /Delete this worry tree\?/ })
    const del = within(confirm).getByRole('button', { name: 'Delete' })
    const keep = within(confirm).getByRole('button', { name: 'Keep it' })
    expect(del.className).toBe(keep.className)

    await user.click(keep)
    expect(screen.getByRole('button', { name: 'Delete: Exams' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Delete: Exams' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Deleted the worry tree.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Your saved worry trees' })).toHaveFocus()
    expect(await listToolEntries('worry-tree')).toEqual([])
  })
})

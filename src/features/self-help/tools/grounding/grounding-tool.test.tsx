import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../../db/test-harness.ts'
import { renderTool } from '../test-render.tsx'
import { GroundingTool } from './grounding-tool.tsx'

describe('GroundingTool', () => {
  it('says that nothing written is saved and links to help', () => {
    renderTool(<GroundingTool />)
    expect(screen.getByText(/Nothing you write here is saved/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })

  it('walks through the senses from 5 to 1 without having to write anything', async () => {
    const user = userEvent.setup()
    renderTool(<GroundingTool />)
    const headings = ['5 things you can see', '4 things you can feel', '3 things you can hear']
    headings.push('2 things you can smell', '1 thing you can taste')
    for (const [index, heading] of headings.entries()) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
      expect(screen.getAllByRole('textbox')).toHaveLength(5 - index)
      const last = index === headings.length - 1
      await user.click(screen.getByRole('button', { name: last ? 'Finish' : 'Next' }))
      if (!last)
        expect(screen.getByRole('heading', { level: 2, name: headings[index + 1] })).toHaveFocus()
    }
    expect(screen.getByRole('heading', { level: 2, name: 'You did it' })).toHaveFocus()
  })

  it('keeps what was written when going back, and clears it on Start again', async () => {
    const user = userEvent.setup()
    renderTool(<GroundingTool />)
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Thing 1' }), 'A blue mug')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('textbox', { name: 'Thing 1' })).toHaveValue('')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByRole('textbox', { name: 'Thing 1' })).toHaveValue('A blue mug')

    for (let step = 0; step < 5; step++) {
      await user.click(screen.getByRole('button', { name: /Next|Finish/ }))
    }
    await user.click(screen.getByRole('button', { name: 'Start again' }))
    expect(screen.getByRole('heading', { level: 2, name: '5 things you can see' })).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Thing 1' })).toHaveValue('')
  })

  it('stores nothing on the device', async () => {
    const database = createTestDatabase()
    const user = userEvent.setup()
    renderTool(<GroundingTool />)
    await user.type(screen.getByRole('textbox', { name: 'Thing 2' }), 'The window')
    for (let step = 0; step < 5; step++) {
      await user.click(screen.getByRole('button', { name: /Next|Finish/ }))
    }
    expect(await database.toolEntries.count()).toBe(0)
    expect(await database.documents.count()).toBe(0)
    expect(localStorage.length).toBe(0)
  })
})

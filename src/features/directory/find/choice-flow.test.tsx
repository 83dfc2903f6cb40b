import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import type { SupportChoice } from '../search/search-model.ts'
import { ChoiceFlow } from './choice-flow.tsx'

function Harness({ onChange }: { onChange: (choice: SupportChoice | undefined) => void }) {
  const [choice, setChoice] = useState<SupportChoice>()
  return (
    <MemoryRouter>
      <ChoiceFlow
        choice={choice}
        onChange={(next) => {
          setChoice(next)
          onChange(next)
        }}
      />
    </MemoryRouter>
  )
}

function question(name: string) {
  return within(screen.getByRole('group', { name }))
}

describe('ChoiceFlow', () => {
  it('asks four questions, each starting at “No preference”', () => {
    render(<Harness onChange={() => undefined} />)
    expect(screen.getByRole('heading', { name: 'How would you like support?' })).toBeInTheDocument()
    const questions = screen.getAllByRole('group')
    expect(questions).toHaveLength(4)
    for (const group of questions) {
      expect(within(group).getByLabelText('No preference')).toBeChecked()
    }
    expect(screen.queryByRole('button', { name: 'Clear my answers' })).toBeNull()
  })

  it('takes answers in any order, and “No preference” takes one back', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Harness onChange={onChange} />)
    await user.click(question('Do you want to stay anonymous?').getByLabelText(/^Yes/))
    await user.click(question('Online or by phone, or in person?').getByLabelText('In person'))
    await user.click(question('Would you rather talk or type?').getByLabelText('Talk'))
    expect(onChange).toHaveBeenLastCalledWith({
      anonymous: true,
      place: 'in-person',
      talkOrType: 'talk',
    })
    await user.click(question('Online or by phone, or in person?').getByLabelText('No preference'))
    expect(onChange).toHaveBeenLastCalledWith({ anonymous: true, talkOrType: 'talk' })
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }))
    expect(onChange).toHaveBeenLastCalledWith(undefined)
  })

  it('points to help now for someone who needs someone now', async () => {
    const user = userEvent.setup()
    render(<Harness onChange={() => undefined} />)
    expect(screen.queryByRole('link', { name: 'get help now' })).toBeNull()
    await user.click(
      question('Do you need someone now, or can it wait?').getByLabelText('I need someone now'),
    )
    expect(screen.getByRole('link', { name: 'get help now' })).toHaveAttribute('href', '/help')
  })
})

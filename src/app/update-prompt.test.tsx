import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { English } from '../i18n/in-language.tsx'
import { UpdatePrompt } from './update-prompt.tsx'
import { dismissUpdate, offerUpdate } from '../lib/update-store.ts'

describe('UpdatePrompt', () => {
  it('shows nothing until an update is waiting', () => {
    render(<UpdatePrompt />, { wrapper: English })
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('refreshes only when the person chooses to', async () => {
    const apply = vi.fn(async () => undefined)
    render(<UpdatePrompt />, { wrapper: English })
    act(() => offerUpdate('new-version', apply))
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Harbour is ready.')
    expect(apply).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(apply).toHaveBeenCalledOnce()
    act(() => dismissUpdate())
  })

  it('can be put off with "Not now"', async () => {
    render(<UpdatePrompt />, { wrapper: English })
    act(() => offerUpdate('new-version', async () => undefined))
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})

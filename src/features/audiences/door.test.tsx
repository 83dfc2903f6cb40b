import { act, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { DOOR_STORAGE_KEY, forgetDoor, getDoor, rememberDoor, useDoor } from './door.ts'

function DoorProbe() {
  return <output>{useDoor() ?? 'none'}</output>
}

afterEach(() => localStorage.clear())

describe('the remembered door', () => {
  it('keeps the parents’ door in local storage, and forgets it completely', () => {
    expect(getDoor()).toBeUndefined()
    rememberDoor('parents')
    expect(localStorage.getItem(DOOR_STORAGE_KEY)).toBe('parents')
    expect(getDoor()).toBe('parents')
    forgetDoor()
    expect(localStorage.getItem(DOOR_STORAGE_KEY)).toBeNull()
    expect(getDoor()).toBeUndefined()
  })

  it('ignores anything in storage that is not a door', () => {
    localStorage.setItem(DOOR_STORAGE_KEY, 'teachers')
    expect(getDoor()).toBeUndefined()
  })

  it('tells components when the door is chosen or forgotten', () => {
    render(<DoorProbe />)
    expect(screen.getByRole('status')).toHaveTextContent('none')
    act(() => rememberDoor())
    expect(screen.getByRole('status')).toHaveTextContent('parents')
    act(() => forgetDoor())
    expect(screen.getByRole('status')).toHaveTextContent('none')
  })

  it('follows a choice made in another tab', () => {
    render(<DoorProbe />)
    act(() => {
      localStorage.setItem(DOOR_STORAGE_KEY, 'parents')
      window.dispatchEvent(new StorageEvent('storage', { key: DOOR_STORAGE_KEY }))
    })
    expect(screen.getByRole('status')).toHaveTextContent('parents')
  })

  it('is never in prerendered HTML, whatever the device holds', () => {
    rememberDoor('parents')
    expect(renderToString(<DoorProbe />)).toContain('none')
  })
})

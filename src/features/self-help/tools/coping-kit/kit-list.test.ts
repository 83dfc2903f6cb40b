import { describe, expect, it } from 'vitest'
import { addItem, editItem, hasItem, MAX_ITEM_LENGTH, moveItem, removeItem } from './kit-list.ts'

const kit = [
  { id: 'a', text: 'Go for a walk' },
  { id: 'b', text: 'Message a friend' },
  { id: 'c', text: 'Draw' },
]

describe('coping kit list', () => {
  it('adds to the end, trimmed and kept to a sensible length', () => {
    expect(addItem(kit, '  Have a bath ', 'd').at(-1)).toEqual({ id: 'd', text: 'Have a bath' })
    expect(addItem([], 'x'.repeat(500), 'e')[0]?.text).toHaveLength(MAX_ITEM_LENGTH)
    expect(kit).toHaveLength(3)
  })

  it('finds an item whatever its case or spacing', () => {
    expect(hasItem(kit, ' go for a WALK')).toBe(true)
    expect(hasItem(kit, 'Go for a run')).toBe(false)
  })

  it('edits and removes one item', () => {
    expect(editItem(kit, 'b', ' Call Gran ')[1]).toEqual({ id: 'b', text: 'Call Gran' })
    expect(removeItem(kit, 'b').map((item) => item.id)).toEqual(['a', 'c'])
  })

  it('moves an item up or down one place', () => {
    expect(moveItem(kit, 'b', -1).map((item) => item.id)).toEqual(['b', 'a', 'c'])
    expect(moveItem(kit, 'b', 1).map((item) => item.id)).toEqual(['a', 'c', 'b'])
  })

  it('leaves the order alone at either end, or for an unknown item', () => {
    expect(moveItem(kit, 'a', -1)).toEqual(kit)
    expect(moveItem(kit, 'c', 1)).toEqual(kit)
    expect(moveItem(kit, 'zzz', 1)).toEqual(kit)
  })
})

import { describe, expect, it } from 'vitest'
import { emptySafetyPlan } from '../../../db/safety-plan.ts'
import {
  addPlanItem,
  dialable,
  editPlanItem,
  hasPlanItem,
  movePlanItem,
  removePlanItem,
} from './plan-list.ts'

const plan = {
  ...emptySafetyPlan(),
  coping: [
    { id: 'a', text: 'Draw' },
    { id: 'b', text: 'Bath' },
    { id: 'c', text: 'Music' },
  ],
}

describe('safety plan lists', () => {
  it('adds a tidied item to the end of one section only', () => {
    const next = addPlanItem(plan, 'people', { text: '  Aunt Jo ', phone: ' 07700 900123 ' }, 'j')
    expect(next.people).toEqual([{ id: 'j', text: 'Aunt Jo', phone: '07700 900123' }])
    expect(next.coping).toBe(plan.coping)
    expect(addPlanItem(plan, 'reasons', { text: 'My cat', phone: '  ' }, 'r').reasons).toEqual([
      { id: 'r', text: 'My cat' },
    ])
  })

  it('edits, removes and spots the same words', () => {
    expect(editPlanItem(plan, 'coping', 'b', { text: 'A hot bath' }).coping[1]).toEqual({
      id: 'b',
      text: 'A hot bath',
    })
    expect(removePlanItem(plan, 'coping', 'a').coping.map((i) => i.id)).toEqual(['b', 'c'])
    expect(hasPlanItem(plan.coping, ' draw ')).toBe(true)
    expect(hasPlanItem(plan.coping, 'Dance')).toBe(false)
  })

  it('moves up and down, and stays put at the ends', () => {
    expect(movePlanItem(plan, 'coping', 'c', -1).coping.map((i) => i.id)).toEqual(['a', 'c', 'b'])
    expect(movePlanItem(plan, 'coping', 'a', 1).coping.map((i) => i.id)).toEqual(['b', 'a', 'c'])
    expect(movePlanItem(plan, 'coping', 'a', -1)).toBe(plan)
    expect(movePlanItem(plan, 'coping', 'c', 1)).toBe(plan)
  })

  it('knows which phone entries can be dialled', () => {
    expect(dialable('0800 1111')).toBe('08001111')
    expect(dialable('+44 (0)20 7946 0000')).toBe('+4402079460000')
    expect(dialable('Text SHOUT to 85258')).toBeUndefined()
  })
})

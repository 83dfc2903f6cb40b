import { describe, expect, it } from 'vitest'
import {
  afterSent,
  isDeleted,
  localChange,
  mergeRemote,
  type BaseEntry,
  type RecordChange,
} from './merge.ts'

const T1 = '000000001:0000:aaaa'
const T2 = '000000002:0000:bbbb'
const T3 = '000000003:0000:aaaa'
const T4 = '000000004:0000:bbbb'
const T5 = '000000005:0000:aaaa'

function goal(title: string, s: string, p?: string): BaseEntry {
  return { t: 'goals', i: 'g', f: { title: p ? { v: title, s, p } : { v: title, s } } }
}

function edit(title: string, s: string, p?: string): RecordChange {
  return { t: 'goals', i: 'g', f: { title: p ? { v: title, s, p } : { v: title, s } } }
}

describe('merging a change from another device', () => {
  it('takes a change that replaced what this device has, keeping no copy', () => {
    const merged = mergeRemote(
      goal('Swim', T1),
      { row: { title: 'Swim' }, pendingAt: undefined },
      edit('Swim twice', T2, T1),
    )
    expect(merged.row).toEqual({ title: 'Swim twice' })
    expect(merged.kept).toEqual([])
    expect(merged.superseded).toEqual([
      { table: 'goals', recordId: 'g', field: 'title', stamp: T1 },
    ])
  })

  it('keeps the losing words when two devices changed them without knowing of each other', () => {
    const merged = mergeRemote(
      goal('Swim on Monday', T3, T1),
      { row: { title: 'Swim on Monday' }, pendingAt: undefined },
      edit('Swim with Sam', T2, T1),
    )
    expect(merged.row).toEqual({ title: 'Swim on Monday' })
    expect(merged.kept).toEqual([
      {
        table: 'goals',
        recordId: 'g',
        field: 'title',
        text: 'Swim with Sam',
        stamp: T2,
        fromHere: false,
      },
    ])
  })

  it('ignores its own change coming back, and a change delivered twice', () => {
    const entry = goal('Swim', T2, T1)
    const merged = mergeRemote(
      entry,
      { row: { title: 'Swim' }, pendingAt: undefined },
      edit('Swim', T2, T1),
    )
    expect(merged.kept).toEqual([])
    expect(merged.entry.f).toEqual(entry.f)
  })

  it('sends the copy when the conflict was with a change made here and not yet sent', () => {
    // Changed here at T3 (unsent); another device's change at T2 arrives and loses.
    const merged = mergeRemote(
      goal('Swim', T1),
      { row: { title: 'Swim daily' }, pendingAt: T3 },
      edit('Swim weekly', T2, T1),
    )
    expect(merged.row).toEqual({ title: 'Swim daily' })
    expect(merged.kept[0]).toMatchObject({ text: 'Swim weekly', fromHere: true })
    // What the unsent change replaced is remembered, so others see the conflict too.
    const sent = localChange('goals', 'g', merged.entry, merged.row, T3)
    expect(sent?.f['title']).toEqual({ v: 'Swim daily', s: T3, p: T1 })
  })

  it('lets a later change from elsewhere beat an unsent one here, keeping the words from here', () => {
    const merged = mergeRemote(
      goal('Swim', T1),
      { row: { title: 'Swim daily' }, pendingAt: T3 },
      edit('Swim weekly', T4, T1),
    )
    expect(merged.row).toEqual({ title: 'Swim weekly' })
    expect(merged.kept[0]).toMatchObject({ text: 'Swim daily', stamp: T3, fromHere: true })
  })
})

describe('deleting', () => {
  it('records what the deletion saw, including changes merged in before it', () => {
    const merged = mergeRemote(
      goal('Swim', T1),
      { row: { title: 'Swim daily' }, pendingAt: T3 },
      edit('Swim weekly', T2, T1),
    )
    const deletion = localChange('goals', 'g', merged.entry, undefined, T4)
    expect(deletion?.d?.seen).toEqual({ title: T2 })
    const after = afterSent(merged.entry, deletion!)
    expect(isDeleted(after)).toBe(true)
  })

  it('brings a record back for an edit the deletion never saw, on every device', () => {
    const base = goal('Swim', T1)
    const deletion = localChange('goals', 'g', base, undefined, T3)!
    const editElsewhere = edit('Swim with Sam', T2, T1)
    // On the device that deleted it:
    const here = mergeRemote(
      afterSent(base, deletion),
      { row: undefined, pendingAt: undefined },
      editElsewhere,
    )
    expect(here.row).toEqual({ title: 'Swim with Sam' })
    // On the device that edited it, when the deletion arrives:
    const there = mergeRemote(
      goal('Swim with Sam', T2, T1),
      { row: { title: 'Swim with Sam' }, pendingAt: undefined },
      deletion,
    )
    expect(there.row).toEqual({ title: 'Swim with Sam' })
  })

  it('deletes for good when the deletion saw the last edit', () => {
    const base = goal('Swim', T2, T1)
    const deletion = localChange('goals', 'g', base, undefined, T5)!
    const there = mergeRemote(base, { row: { title: 'Swim' }, pendingAt: undefined }, deletion)
    expect(there.row).toBeUndefined()
  })
})

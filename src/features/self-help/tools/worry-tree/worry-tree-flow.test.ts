import { describe, expect, it } from 'vitest'
import { i18nFor } from '../../../../i18n/i18n-instances.ts'
import { emptyDraft, finishTree, treeTitle, type WorryDraft } from './worry-tree-data.ts'
import { letGoMessage, nextStep, type WorryStep } from './worry-tree-flow.ts'

const en = i18nFor('en')

function walk(draft: WorryDraft): WorryStep[] {
  const path: WorryStep[] = ['worry']
  let step: WorryStep | undefined = 'worry'
  while ((step = nextStep(step, draft))) path.push(step)
  return path
}

describe('worry tree path', () => {
  it('goes straight to letting go when nothing can be done', () => {
    expect(walk({ ...emptyDraft, canAct: false })).toEqual(['worry', 'can-act', 'let-go', 'done'])
  })

  it('asks to do it now when it can be done now', () => {
    expect(walk({ ...emptyDraft, canAct: true, when: 'now' })).toEqual([
      'worry',
      'can-act',
      'action',
      'do-it',
      'let-go',
      'done',
    ])
  })

  it('makes a plan when it can be done later', () => {
    expect(walk({ ...emptyDraft, canAct: true, when: 'later' })).toContain('plan')
  })

  it('waits for the answers that decide the path', () => {
    expect(nextStep('can-act', emptyDraft)).toBeUndefined()
    expect(nextStep('action', { ...emptyDraft, canAct: true })).toBeUndefined()
  })

  it('fits the letting-go words to the path', () => {
    expect(letGoMessage({ ...emptyDraft, canAct: false }, en)).toMatch(/can't change/)
    expect(letGoMessage({ ...emptyDraft, canAct: true, when: 'later' }, en)).toMatch(/plan/)
    expect(letGoMessage({ ...emptyDraft, canAct: true, when: 'now' }, en)).toMatch(
      /done what you can/,
    )
  })
})

describe('finishTree', () => {
  it('keeps only the answers on the path taken', () => {
    const draft: WorryDraft = {
      worry: ' Exams ',
      canAct: false,
      action: 'Revise',
      when: 'later',
      planTime: 'Saturday',
      refocusChoice: 'Talk to someone I trust',
      refocusOther: '',
    }
    expect(finishTree(draft)).toEqual({
      worry: 'Exams',
      canAct: false,
      refocus: 'Talk to someone I trust',
    })
    expect(finishTree({ ...draft, canAct: true })).toEqual({
      worry: 'Exams',
      canAct: true,
      action: 'Revise',
      when: 'later',
      planTime: 'Saturday',
      refocus: 'Talk to someone I trust',
    })
  })

  it('uses their own words for something else', () => {
    const draft = { ...emptyDraft, refocusChoice: 'Something else', refocusOther: ' Bake ' }
    expect(finishTree(draft).refocus).toBe('Bake')
  })

  it('gives a short title, even with nothing written', () => {
    expect(treeTitle({ worry: '', canAct: false }, en)).toBe('A worry (no words written)')
    expect(treeTitle({ worry: 'x'.repeat(100), canAct: false }, en)).toHaveLength(58)
  })
})

import { describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../../db/backup/import-backup.ts'
import { i18nFor } from '../../../i18n/i18n-instances.ts'
import { importChangesSomething, importSummaryLines } from './import-summary-words.ts'

const en = i18nFor('en')
const none = { added: 0, replaced: 0, kept: 0 }

function summary(
  change: Partial<ImportSummary['tables']>,
  pages: ImportSummary['pages'] = { added: [], replaced: [] },
): ImportSummary {
  return {
    tables: {
      checkIns: none,
      goals: none,
      goalRatings: none,
      savedItems: none,
      toolEntries: none,
      documents: none,
      ...change,
    },
    pages,
  }
}

describe('import summary in words', () => {
  it('says what will be added, updated and left, naming pages', () => {
    const planned = summary(
      {
        checkIns: { added: 12, replaced: 1, kept: 2 },
        goals: { added: 1, replaced: 0, kept: 0 },
        documents: { added: 1, replaced: 1, kept: 0 },
      },
      { added: ['about-me'], replaced: ['safety-plan'] },
    )
    expect(importSummaryLines(planned, 'before', en)).toEqual([
      'Add 12 check-ins.',
      'Update 1 check-in with the newer copy from the file.',
      'Add 1 goal.',
      'Add your About me.',
      'Update your safety plan with the newer copy from the file.',
      'Leave 2 things as they are, because this device already has them (or a newer copy).',
    ])
    expect(importSummaryLines(planned, 'after', en)[0]).toBe('Added 12 check-ins.')
    expect(importChangesSomething(planned)).toBe(true)
  })

  it('knows when a file would change nothing', () => {
    const same = summary({ savedItems: { added: 0, replaced: 0, kept: 1 } })
    expect(importChangesSomething(same)).toBe(false)
    expect(importSummaryLines(same, 'before', en)).toEqual([
      'Leave 1 thing as it is, because this device already has it (or a newer copy).',
    ])
  })
})

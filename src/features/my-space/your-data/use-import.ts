import { msg } from '@lingui/core/macro'
import { useLingui } from '@lingui/react'
import { useCallback, useRef, useState } from 'react'
import type { HarbourBackup } from '../../../db/backup/backup-format.ts'
import {
  describeBackupProblem,
  describeImportStorageProblem,
  type ProblemWords,
} from '../../../db/backup/backup-problem-words.ts'
import { checkBackupText } from '../../../db/backup/check-backup.ts'
import { applyImport, previewImport, type ImportSummary } from '../../../db/backup/import-backup.ts'
import { readBackupFile } from '../../../db/backup/read-backup-file.ts'

export type ImportState =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; words: ProblemWords }
  | { step: 'confirm'; fileName: string; backup: HarbourBackup; summary: ImportSummary }
  | { step: 'importing'; fileName: string }
  | { step: 'done'; fileName: string; summary: ImportSummary }

const PREVIEW_PROBLEM = msg`Harbour couldn’t look at the data on this device to compare it with the file. Nothing on this device has been changed. You could try again.`

/**
 * Bringing back a copy, one step at a time: read and check the file, show what it would change,
 * and only on a clear yes merge it in (all of it or none of it). A file chosen while an earlier
 * one is still being read replaces it, never mixes with it.
 */
export function useImport() {
  const { i18n } = useLingui()
  const [state, setState] = useState<ImportState>({ step: 'choose' })
  const latest = useRef(0)

  const chooseFile = useCallback(
    async (file: File) => {
      const attempt = ++latest.current
      const fileName = file.name
      const current = () => attempt === latest.current
      setState({ step: 'checking', fileName })
      const read = await readBackupFile(file)
      const checked = read.ok ? checkBackupText(read.text) : read
      if (!current()) return
      if (!checked.ok) {
        setState({ step: 'refused', fileName, words: describeBackupProblem(checked.problem, i18n) })
        return
      }
      try {
        const summary = await previewImport(checked.backup)
        if (current()) setState({ step: 'confirm', fileName, backup: checked.backup, summary })
      } catch (error) {
        console.error(error)
        const words = { headline: i18n._(PREVIEW_PROBLEM), details: [] }
        if (current()) setState({ step: 'refused', fileName, words })
      }
    },
    [i18n],
  )

  const confirm = useCallback(async () => {
    if (state.step !== 'confirm') return
    const { fileName, backup } = state
    const attempt = ++latest.current
    setState({ step: 'importing', fileName })
    const outcome = await applyImport(backup)
    if (attempt !== latest.current) return
    if (outcome.ok) setState({ step: 'done', fileName, summary: outcome.summary })
    else {
      const words =
        outcome.problem.kind === 'storage'
          ? describeImportStorageProblem(outcome.problem.saveProblem, i18n)
          : describeBackupProblem(outcome.problem, i18n)
      setState({ step: 'refused', fileName, words })
    }
  }, [state, i18n])

  const reset = useCallback(() => {
    latest.current += 1
    setState({ step: 'choose' })
  }, [])

  return { state, chooseFile, confirm, reset }
}

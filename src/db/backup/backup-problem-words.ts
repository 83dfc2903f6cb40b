import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg, plural } from '@lingui/core/macro'
import type { SaveProblem } from '../../lib/save-error.ts'
import { BACKUP_LIMITS } from './backup-format.ts'
import { describeBackupDetail } from './backup-detail-words.ts'
import type { BackupProblem } from './check-backup.ts'

export interface ProblemWords {
  headline: string
  /** The first few things wrong with the file, one sentence each. */
  details: string[]
}

function megabytes(bytes: number, i18n: I18n): string {
  return i18n.number(Math.ceil(bytes / (1024 * 1024)))
}

/**
 * What to tell someone whose file could not be imported, in the page's language. Every answer
 * says nothing changed.
 */
export function describeBackupProblem(problem: BackupProblem, i18n: I18n): ProblemWords {
  const headline = (message: MessageDescriptor): ProblemWords => ({
    headline: i18n._(message),
    details: [],
  })
  switch (problem.kind) {
    case 'too-big': {
      const size = megabytes(problem.bytes, i18n)
      const most = megabytes(BACKUP_LIMITS.fileBytes, i18n)
      return headline(
        msg`This file is too big for Harbour to read. It is about ${size} MB, and the most Harbour can read is ${most} MB. A Harbour export is usually much smaller, so it may be a different file. Nothing on this device has been changed.`,
      )
    }
    case 'empty':
      return headline(
        msg`This file is empty. It may not have finished downloading or copying. Nothing on this device has been changed.`,
      )
    case 'not-harbour':
      return headline(
        msg`This is not a Harbour export. Choose the file Harbour made when you pressed “Download everything”: its name starts with “harbour-export”. Nothing on this device has been changed.`,
      )
    case 'cut-short':
      return headline(
        msg`This looks like a Harbour export, but part of it is missing or damaged, so Harbour cannot read it. It may not have finished downloading or copying. If you have another copy, try that one. Nothing on this device has been changed.`,
      )
    case 'newer-version':
      return headline(
        msg`This file was made by a newer version of Harbour. Close Harbour and open it again to get the newest version, then try again. Nothing on this device has been changed.`,
      )
    case 'invalid': {
      const more = problem.more
      const details = problem.details.map((detail) => describeBackupDetail(detail, i18n))
      return {
        headline: i18n._(
          msg`Harbour cannot use this file, because some of it is not right. Nothing on this device has been changed.`,
        ),
        details:
          more > 0
            ? [
                ...details,
                i18n._(
                  msg`${plural(more, { one: 'And # more problem.', other: 'And # more problems.' })}`,
                ),
              ]
            : details,
      }
    }
    case 'locked':
      return headline(
        msg`My space is locked. Unlock it with your passcode, then choose the file again. Nothing on this device has been changed.`,
      )
    case 'unreadable':
      return headline(
        msg`Something went wrong while Harbour was reading this file. Nothing on this device has been changed. You could try again, or try another copy.`,
      )
  }
}

const STORAGE_HEADLINES: Record<SaveProblem, MessageDescriptor> = {
  full: msg`There is not enough space on this device to bring this copy back. Nothing on this device has been changed. You could free up some space (for example, delete photos or apps you do not need) and try again.`,
  unavailable: msg`Your browser is not letting Harbour keep things right now (private browsing can do this). Nothing on this device has been changed.`,
  locked: msg`My space is locked. Unlock it with your passcode, then bring this copy back. Nothing on this device has been changed.`,
  unknown: msg`Something went wrong while bringing this copy back. Nothing on this device has been changed. You could try again.`,
}

/** When the device itself refused to take the import: the transaction was undone as a whole. */
export function describeImportStorageProblem(problem: SaveProblem, i18n: I18n): ProblemWords {
  return { headline: i18n._(STORAGE_HEADLINES[problem]), details: [] }
}

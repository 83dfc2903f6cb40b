import type { SaveProblem } from '../../lib/save-error.ts'
import { BACKUP_LIMITS } from './backup-format.ts'
import type { BackupProblem } from './check-backup.ts'

export interface ProblemWords {
  headline: string
  /** The first few things wrong with the file, one sentence each. */
  details: string[]
}

const NOTHING_CHANGED = 'Nothing on this device has been changed.'

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`
}

/** What to tell someone whose file could not be imported. Every answer says nothing changed. */
export function describeBackupProblem(problem: BackupProblem): ProblemWords {
  switch (problem.kind) {
    case 'too-big':
      return {
        headline: `This file is too big for Harbour to read. It is about ${megabytes(problem.bytes)}, and the most Harbour can read is ${megabytes(BACKUP_LIMITS.fileBytes)}. A Harbour export is usually much smaller, so it may be a different file. ${NOTHING_CHANGED}`,
        details: [],
      }
    case 'empty':
      return {
        headline: `This file is empty. It may not have finished downloading or copying. ${NOTHING_CHANGED}`,
        details: [],
      }
    case 'not-harbour':
      return {
        headline: `This is not a Harbour export. Choose the file Harbour made when you pressed “Download everything”: its name starts with “harbour-export”. ${NOTHING_CHANGED}`,
        details: [],
      }
    case 'cut-short':
      return {
        headline: `This looks like a Harbour export, but part of it is missing or damaged, so Harbour cannot read it. It may not have finished downloading or copying. If you have another copy, try that one. ${NOTHING_CHANGED}`,
        details: [],
      }
    case 'newer-version':
      return {
        headline: `This file was made by a newer version of Harbour. Close Harbour and open it again to get the newest version, then try again. ${NOTHING_CHANGED}`,
        details: [],
      }
    case 'invalid':
      return {
        headline: `Harbour cannot use this file, because some of it is not right. ${NOTHING_CHANGED}`,
        details:
          problem.more > 0
            ? [
                ...problem.details,
                `And ${problem.more.toLocaleString('en-GB')} more ${problem.more === 1 ? 'problem' : 'problems'}.`,
              ]
            : problem.details,
      }
    case 'locked':
      return {
        headline: `My space is locked. Unlock it with your passcode, then choose the file again. ${NOTHING_CHANGED}`,
        details: [],
      }
    case 'unreadable':
      return {
        headline: `Something went wrong while Harbour was reading this file. ${NOTHING_CHANGED} You could try again, or try another copy.`,
        details: [],
      }
  }
}

/** When the device itself refused to take the import: the transaction was undone as a whole. */
export function describeImportStorageProblem(problem: SaveProblem): ProblemWords {
  const headlines: Record<SaveProblem, string> = {
    full: `There is not enough space on this device to bring this copy back. ${NOTHING_CHANGED} You could free up some space (for example, delete photos or apps you do not need) and try again.`,
    unavailable: `Your browser is not letting Harbour keep things right now (private browsing can do this). ${NOTHING_CHANGED}`,
    locked: `My space is locked. Unlock it with your passcode, then bring this copy back. ${NOTHING_CHANGED}`,
    unknown: `Something went wrong while bringing this copy back. ${NOTHING_CHANGED} You could try again.`,
  }
  return { headline: headlines[problem], details: [] }
}

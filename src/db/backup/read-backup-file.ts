import { BACKUP_LIMITS } from './backup-format.ts'
import type { BackupProblem } from './check-backup.ts'

export type ReadFileResult = { ok: true; text: string } | { ok: false; problem: BackupProblem }

/**
 * Reads a chosen file as text, refusing anything too big before reading a byte of it. Uses
 * FileReader, which every browser Harbour supports has, rather than the newer `Blob.text()`.
 */
export function readBackupFile(file: Blob): Promise<ReadFileResult> {
  if (file.size > BACKUP_LIMITS.fileBytes) {
    return Promise.resolve({ ok: false, problem: { kind: 'too-big', bytes: file.size } })
  }
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => {
      resolve(
        typeof reader.result === 'string'
          ? { ok: true, text: reader.result }
          : { ok: false, problem: { kind: 'unreadable' } },
      )
    }
    reader.onerror = () => {
      console.error(reader.error)
      resolve({ ok: false, problem: { kind: 'unreadable' } })
    }
    reader.readAsText(file, 'utf-8')
  })
}

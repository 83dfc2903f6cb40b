import { groupRecoveryKey } from './engine/recovery-key.ts'

export const RECOVERY_KEY_FILE_NAME = 'harbour-recovery-key.txt'

/** The words of the saved file: the key, and plainly what it is and how to use it. */
export function recoveryKeyFileText(recoveryKey: string, origin: string): string {
  return [
    'Your Harbour recovery key',
    '',
    groupRecoveryKey(recoveryKey),
    '',
    'This key opens the things you sync with Harbour. To bring them onto another device or a new phone, open Harbour there, go to Settings, and choose “I already have a recovery key”.',
    `Harbour is at ${origin}/settings`,
    '',
    'Keep this key private, like a password. Without it, nobody can get your synced things back, not even the people who run Harbour.',
    '',
  ].join('\n')
}

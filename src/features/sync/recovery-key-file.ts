import type { I18n } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { pathInLocale, type Locale } from '../../i18n/locales.ts'
import { groupRecoveryKey } from './engine/recovery-key.ts'

export const RECOVERY_KEY_FILE_NAME = 'harbour-recovery-key.txt'

/** The words of the saved file: the key, and plainly what it is and how to use it. */
export function recoveryKeyFileText(recoveryKey: string, origin: string, i18n: I18n): string {
  // Settings in the language the file is written in.
  const address = `${origin}${pathInLocale('/settings', i18n.locale as Locale)}`
  return [
    i18n._(msg`Your Harbour recovery key`),
    '',
    groupRecoveryKey(recoveryKey),
    '',
    i18n._(
      msg`This key opens the things you sync with Harbour. To bring them onto another device or a new phone, open Harbour there, go to Settings, and choose “I already have a recovery key”.`,
    ),
    i18n._(msg`Harbour is at ${address}`),
    '',
    i18n._(
      msg`Keep this key private, like a password. Without it, nobody can get your synced things back, not even the people who run Harbour.`,
    ),
    '',
  ].join('\n')
}

/* eslint-disable lingui/no-unlocalized-strings -- an error for the log */
/**
 * Why sealed data could not be opened. Callers turn the reason into words for the person: a link
 * that was cut short reads differently from a passcode that is wrong.
 */
export type DecryptionFailure =
  /** Not shaped like our envelope at all, or its parts are not valid base64url. */
  | 'malformed'
  /** Made by a newer version of Harbour, with a format or algorithm this one does not know. */
  | 'unsupported'
  /** The key is wrong, or the sealed bytes (or their additional data) were changed. */
  | 'wrong-key-or-tampered'
  /** Opened, but what was inside is not the JSON we put in. */
  | 'not-json'

export class DecryptionError extends Error {
  override name = 'DecryptionError'
  readonly reason: DecryptionFailure

  constructor(reason: DecryptionFailure, options?: { cause?: unknown }) {
    super(`Could not decrypt: ${reason}`, options)
    this.reason = reason
  }
}

import { ApiError } from './api-error.ts'
import { isPaddedLength, PADDING_STEP, TAG_BYTES } from './settings.ts'

/**
 * The bytes of a ciphertext field, refused when they are not padded text plus the AES-GCM tag:
 * unpadded sizes would tell the server how long each note is, so a client that forgot to pad is
 * stopped here rather than trusted.
 */
export function decodeCiphertext(text: string, where: string): Buffer {
  const bytes = Buffer.from(text, 'base64url')
  if (!isPaddedLength(bytes.length)) {
    throw new ApiError(
      400,
      `The field ${where} must be AES-GCM ciphertext of text padded to steps of ${PADDING_STEP} ` +
        `bytes: its length must be a whole number of steps plus the ${TAG_BYTES}-byte tag`,
    )
  }
  return bytes
}

export const formatBytes = (bytes: number) => `${bytes.toLocaleString('en-GB')} bytes`

import * as v from 'valibot'
import { DecryptionError } from './decryption-error.ts'

/**
 * What sealed data looks like when stored or sent. The version and algorithm travel with it, so
 * a later Harbour can change how it seals new data and still open what older versions wrote.
 */
export interface Envelope {
  v: 1
  alg: 'A256GCM'
  /** The 96-bit nonce, base64url. Fresh for every encryption. */
  iv: string
  /** Ciphertext followed by the 128-bit GCM tag, base64url. */
  ct: string
}

const envelopeSchema = v.object({
  v: v.number(),
  alg: v.string(),
  iv: v.string(),
  ct: v.string(),
})

/** Checks something read from storage or a link is an envelope this version can open. */
export function parseEnvelope(value: unknown): Envelope {
  const result = v.safeParse(envelopeSchema, value)
  if (!result.success) throw new DecryptionError('malformed')
  const { v: version, alg, iv, ct } = result.output
  if (version !== 1 || alg !== 'A256GCM') throw new DecryptionError('unsupported')
  return { v: version, alg, iv, ct }
}

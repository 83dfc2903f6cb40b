import { randomBytes, randomUUID, webcrypto } from 'node:crypto'

/**
 * What a Harbour device does before it talks to the sync server, done the way sync.md says:
 * HKDF-SHA-256 from a 128-bit recovery key gives the account id, the bearer token and the
 * AES-GCM key; each op is padded to 256-byte steps and sealed with a fresh 96-bit nonce and
 * `harbour-v1|accountId|opId` as additional data. Tests use it to send real ciphertext.
 */
export interface TestDevice {
  accountId: string
  token: string
  encKey: webcrypto.CryptoKey
  headers: { authorization: string }
}

const subtle = webcrypto.subtle
const encoder = new TextEncoder()

async function derive(recoveryKey: Uint8Array, info: string): Promise<ArrayBuffer> {
  const base = await subtle.importKey('raw', recoveryKey, 'HKDF', false, ['deriveBits'])
  return subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(info) },
    base,
    256,
  )
}

export async function testDevice(recoveryKey: Uint8Array = randomBytes(16)): Promise<TestDevice> {
  const accountId = Buffer.from(await derive(recoveryKey, 'accountId')).toString('base64url')
  const token = Buffer.from(await derive(recoveryKey, 'authToken')).toString('base64url')
  const encKey = await subtle.importKey(
    'raw',
    await derive(recoveryKey, 'encKey'),
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  )
  return { accountId, token, encKey, headers: { authorization: `Bearer ${token}` } }
}

/** Plaintext padded with zeros to the next 256-byte step (a length prefix says where it ends). */
export function pad(plaintext: Uint8Array): Uint8Array {
  const size = Math.ceil((plaintext.length + 4) / 256) * 256
  const padded = new Uint8Array(size)
  new DataView(padded.buffer).setUint32(0, plaintext.length)
  padded.set(plaintext, 4)
  return padded
}

export function unpad(padded: Uint8Array): Uint8Array {
  const length = new DataView(padded.buffer, padded.byteOffset).getUint32(0)
  return padded.slice(4, 4 + length)
}

export interface WireOp {
  id: string
  iv: string
  ct: string
}

export async function sealOp(device: TestDevice, record: unknown, id = randomUUID()) {
  const iv = randomBytes(12)
  const ct = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(`harbour-v1|${device.accountId}|${id}`) },
    device.encKey,
    pad(encoder.encode(JSON.stringify(record))),
  )
  const op: WireOp = {
    id,
    iv: iv.toString('base64url'),
    ct: Buffer.from(ct).toString('base64url'),
  }
  return op
}

export async function openOp(device: TestDevice, op: WireOp): Promise<unknown> {
  const padded = await subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: Buffer.from(op.iv, 'base64url'),
      additionalData: encoder.encode(`harbour-v1|${device.accountId}|${op.id}`),
    },
    device.encKey,
    Buffer.from(op.ct, 'base64url'),
  )
  return JSON.parse(new TextDecoder().decode(unpad(new Uint8Array(padded))))
}

/** Well-formed ciphertext of a given padded size, for tests that need bytes but no meaning. */
export function fakeOp(paddedBytes = 256, id = randomUUID()): WireOp {
  return {
    id,
    iv: randomBytes(12).toString('base64url'),
    ct: randomBytes(paddedBytes + 16).toString('base64url'),
  }
}

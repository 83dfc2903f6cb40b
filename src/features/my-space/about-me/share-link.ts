import { parseAboutMe, type AboutMe } from '../../../db/about-me.ts'
import {
  decryptJson,
  encryptJson,
  exportKeyText,
  generateKey,
  importKeyText,
} from '../../../lib/crypto/aes-gcm.ts'
import { DecryptionError } from '../../../lib/crypto/decryption-error.ts'

/** Where a shared About me opens. */
export const SHARED_ABOUT_ME_PATH = '/my-space/about-me/shared'

/**
 * The longest link we make. Browsers cope with far longer, but many messaging apps, email
 * programs and QR codes do not, and a link cut short cannot be opened.
 */
export const SHARE_URL_LIMIT = 8_000

const LINK_VERSION = '1'
// Bound into the encryption, so a sealed About me cannot be passed off as anything else.
const LINK_PURPOSE = 'harbour-about-me-link-v1'

export type MadeLink = { kind: 'made'; url: string } | { kind: 'too-long'; length: number }

export type OpenedLink =
  | { kind: 'opened'; aboutMe: AboutMe; madeAt: string | undefined }
  /** No fragment at all: the part after # was lost. */
  | { kind: 'missing' }
  /** Not all its parts are there, or they are not the right size. */
  | { kind: 'incomplete' }
  /** Whole, but it does not open: changed, or the end of it was lost. */
  | { kind: 'damaged' }
  | { kind: 'newer' }

/** Only the parts that were filled in travel, to keep the link short. */
function compact(aboutMe: AboutMe): Partial<AboutMe> {
  return Object.fromEntries(
    Object.entries(aboutMe).filter(([, value]) =>
      Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '',
    ),
  )
}

/**
 * Seals an About me with a new random key and puts both in the link's #fragment, which browsers
 * never send to a server. Until Harbour has a server to hold the sealed text, it travels in the
 * link too, so the link works only while it is short enough.
 */
export async function makeShareLink(
  aboutMe: AboutMe,
  origin: string,
  now: Date = new Date(),
): Promise<MadeLink> {
  const key = await generateKey()
  const sealed = await encryptJson(
    key,
    { aboutMe: compact(aboutMe), madeAt: now.toISOString() },
    LINK_PURPOSE,
  )
  const fragment = [LINK_VERSION, await exportKeyText(key), sealed.iv, sealed.ct].join('.')
  const url = `${origin}${SHARED_ABOUT_ME_PATH}#${fragment}`
  return url.length > SHARE_URL_LIMIT
    ? { kind: 'too-long', length: url.length }
    : { kind: 'made', url }
}

/** Opens a shared link's #fragment on this device. Never throws; never stores anything. */
export async function openShareLink(hash: string): Promise<OpenedLink> {
  const fragment = hash.replace(/^#/, '')
  if (fragment === '') return { kind: 'missing' }
  const parts = fragment.split('.')
  const [version, keyText, iv, ct] = parts
  if (version !== LINK_VERSION && /^\d+$/.test(version ?? '')) return { kind: 'newer' }
  if (parts.length !== 4 || version !== LINK_VERSION || !keyText || !iv || !ct) {
    return { kind: 'incomplete' }
  }
  let value: unknown
  try {
    const key = await importKeyText(keyText)
    value = await decryptJson(key, { v: 1, alg: 'A256GCM', iv, ct }, LINK_PURPOSE)
  } catch (error) {
    if (error instanceof DecryptionError) {
      return { kind: error.reason === 'malformed' ? 'incomplete' : 'damaged' }
    }
    console.error(error)
    return { kind: 'damaged' }
  }
  if (typeof value !== 'object' || value === null || !('aboutMe' in value)) {
    return { kind: 'damaged' }
  }
  const { aboutMe, madeAt } = value as { aboutMe: unknown; madeAt?: unknown }
  return {
    kind: 'opened',
    aboutMe: parseAboutMe(aboutMe),
    madeAt: typeof madeAt === 'string' && !Number.isNaN(Date.parse(madeAt)) ? madeAt : undefined,
  }
}

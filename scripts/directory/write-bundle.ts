import { open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DirectoryBundle } from '../../src/features/directory/service-model.ts'

/**
 * The bundle on disk: compact JSON (no indentation; the build precaches it for phones on patchy
 * data), written atomically. A temp file beside the target is written and flushed, then renamed
 * over it, so a reader sees either the old bundle or the new one, never half of one.
 */

export function serialiseBundle(bundle: DirectoryBundle): string {
  return `${JSON.stringify(bundle)}\n`
}

/**
 * True when `oldText` is a bundle with the same content as `bundle`, apart from when it was
 * made. Then nothing is written, so re-importing the same data changes no file.
 */
export function sameContent(oldText: string | undefined, bundle: DirectoryBundle): boolean {
  if (oldText === undefined) return false
  try {
    const old = JSON.parse(oldText) as Record<string, unknown>
    return (
      JSON.stringify({ ...old, generatedAt: '' }) === JSON.stringify({ ...bundle, generatedAt: '' })
    )
  } catch {
    return false
  }
}

export async function readExisting(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return undefined
  }
}

/** The file operations an atomic write needs; tests swap in one that fails like a full disk. */
export interface AtomicFs {
  writeFlushed(file: string, text: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  remove(file: string): Promise<void>
}

export const nodeFs: AtomicFs = {
  async writeFlushed(file, text) {
    const handle = await open(file, 'wx')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename,
  remove: (file) => rm(file, { force: true }),
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
}

export async function writeAtomically(
  file: string,
  text: string,
  label: string,
  fs: AtomicFs = nodeFs,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  )
  try {
    await fs.writeFlushed(temp, text)
    await fs.rename(temp, file)
    return { ok: true }
  } catch (error) {
    // The write has already failed and that is what we report; a temp file left behind by a
    // failed clean-up is harmless, hidden, and named as ours.
    await fs.remove(temp).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code ?? ''
    const reason = REASONS[code] ?? (error as Error).message
    return {
      ok: false,
      message: `Could not write ${label}: ${reason}. The old bundle is unchanged.`,
    }
  }
}

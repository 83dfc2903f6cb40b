import { describe, expect, it } from 'vitest'
import demo from '../../../../areas/demo/directory.json'
import type { DirectoryBundle } from '../service-model.ts'
import { refreshDirectory, type BundleStore } from './directory-refresh.ts'

const built = demo as DirectoryBundle

function later(minutes: number, change: Partial<DirectoryBundle> = {}): DirectoryBundle {
  const at = new Date(Date.parse(built.generatedAt) + minutes * 60_000).toISOString()
  return { ...built, generatedAt: at, ...change }
}

function memoryStore(initial?: unknown, failWrites = false) {
  const state = { kept: initial, writes: 0 }
  const store: BundleStore = {
    read: () => Promise.resolve(state.kept),
    write: (bundle) => {
      if (failWrites) return Promise.reject(new DOMException('full', 'QuotaExceededError'))
      state.writes += 1
      state.kept = bundle
      return Promise.resolve()
    },
  }
  return { store, state }
}

function serving(body: unknown, status = 200): typeof fetch {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status }))
}

async function collect(generator: AsyncGenerator<DirectoryBundle>) {
  const seen: DirectoryBundle[] = []
  for await (const bundle of generator) seen.push(bundle)
  return seen
}

describe('refreshDirectory', () => {
  it('uses a newer bundle from the server and keeps it for next time', async () => {
    const fresh = later(60)
    const { store, state } = memoryStore()
    const seen = await collect(
      refreshDirectory(built, { store, fetch: serving(fresh), online: () => true }),
    )
    expect(seen.map((b) => b.generatedAt)).toEqual([fresh.generatedAt])
    expect(state.writes).toBe(1)
  })

  it('starts from the copy kept on the device, even offline', async () => {
    const kept = later(30)
    const { store } = memoryStore(kept)
    const seen = await collect(refreshDirectory(built, { store, online: () => false }))
    expect(seen).toEqual([kept])
  })

  it('ignores an older, broken or other-area bundle and keeps the built-in one', async () => {
    const problems: string[] = []
    const onProblem = (message: string) => problems.push(message)
    for (const body of [
      later(-60),
      { ...later(60), services: [] },
      { ...later(60), services: [{ ...built.services[0], thrive: [] }] },
      later(60, { area: 'elsewhere' }),
      'not a bundle',
    ]) {
      const { store, state } = memoryStore()
      const seen = await collect(
        refreshDirectory(built, { store, fetch: serving(body), online: () => true, onProblem }),
      )
      expect(seen).toEqual([])
      expect(state.writes).toBe(0)
    }
    expect(problems.some((p) => p.includes('has no services'))).toBe(true)
  })

  it('treats no feed (404) and a network failure as nothing new', async () => {
    const { store } = memoryStore()
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    expect(
      await collect(refreshDirectory(built, { store, fetch: serving({}, 404), online: () => true })),
    ).toEqual([])
    expect(
      await collect(refreshDirectory(built, { store, fetch: failing, online: () => true })),
    ).toEqual([])
  })

  it('still uses the update when the device cannot keep it', async () => {
    const fresh = later(60)
    const { store } = memoryStore(undefined, true)
    const problems: string[] = []
    const seen = await collect(
      refreshDirectory(built, {
        store,
        fetch: serving(fresh),
        online: () => true,
        onProblem: (m) => problems.push(m),
      }),
    )
    expect(seen).toEqual([fresh])
    expect(problems[0]).toMatch(/storage full/)
  })
})

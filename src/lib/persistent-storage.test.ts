import { describe, expect, it, vi } from 'vitest'
import { askToKeepData, storageStatus } from './persistent-storage.ts'

function navigatorWith(storage: Partial<StorageManager> | undefined): Navigator {
  return { storage } as unknown as Navigator
}

describe('persistent storage', () => {
  it('reports unknown when the browser has no storage manager', async () => {
    expect(await storageStatus(navigatorWith(undefined))).toBe('unknown')
    expect(await askToKeepData(navigatorWith(undefined))).toBe('unknown')
  })

  it('reports what the browser says', async () => {
    const nav = navigatorWith({ persisted: async () => false, persist: async () => true })
    expect(await storageStatus(nav)).toBe('may-be-cleared')
    expect(await askToKeepData(nav)).toBe('kept')
  })

  it('asks only once per visit when saving', async () => {
    vi.resetModules()
    const { askToKeepDataOnce } = await import('./persistent-storage.ts')
    const persist = vi.fn(async () => true)
    const nav = navigatorWith({ persist })
    await askToKeepDataOnce(nav)
    await askToKeepDataOnce(nav)
    expect(persist).toHaveBeenCalledTimes(1)
  })
})

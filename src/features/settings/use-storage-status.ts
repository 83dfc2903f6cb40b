import { useCallback, useEffect, useState } from 'react'
import { askToKeepData, storageStatus, type StorageStatus } from '../../lib/persistent-storage.ts'

export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus>('unknown')
  useEffect(() => {
    let live = true
    void storageStatus().then((next) => live && setStatus(next))
    return () => {
      live = false
    }
  }, [])
  const ask = useCallback(async () => setStatus(await askToKeepData()), [])
  return { status, ask }
}

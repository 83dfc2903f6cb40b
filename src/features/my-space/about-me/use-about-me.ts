import { useCallback, useEffect, useState } from 'react'
import { getAboutMe, saveAboutMe, type AboutMe, type SavedAboutMe } from '../../../db/about-me.ts'

type AboutMeState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; saved: SavedAboutMe | undefined }

/**
 * The About me kept on this device. Read once, not live: the form owns the words while someone
 * is typing, and a change from another tab must not wipe them out.
 */
export function useAboutMe() {
  const [state, setState] = useState<AboutMeState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    getAboutMe().then(
      (saved) => live && setState({ status: 'ready', saved }),
      (error: unknown) => {
        console.error(error)
        if (live) setState({ status: 'failed' })
      },
    )
    return () => {
      live = false
    }
  }, [attempt])

  /** Rejects when the device refuses; the caller keeps what was typed. */
  const save = useCallback(async (aboutMe: AboutMe) => {
    const saved = await saveAboutMe(aboutMe)
    setState({ status: 'ready', saved })
    return saved
  }, [])

  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])

  return { state, save, retry }
}

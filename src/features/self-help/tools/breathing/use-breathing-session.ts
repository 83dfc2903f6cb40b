import { useEffect, useState } from 'react'
import {
  elapsedOn,
  momentAt,
  msUntilNextCount,
  pauseWatch,
  resumeWatch,
  sessionMs,
  startWatch,
  stoppedWatch,
  type BreathingPace,
  type Stopwatch,
} from './breathing-timing.ts'

export type SessionStatus = 'ready' | 'running' | 'paused' | 'finished'

/**
 * Runs a breathing session on the wall clock: the screen is redrawn once a second, on the second,
 * and the time comes from Date.now(), so a late timer never makes the count drift.
 */
export function useBreathingSession(pace: BreathingPace, breaths: number) {
  const [status, setStatus] = useState<SessionStatus>('ready')
  const [watch, setWatch] = useState<Stopwatch>(stoppedWatch)
  const [elapsed, setElapsed] = useState(0)
  const total = sessionMs(pace, breaths)

  useEffect(() => {
    // Only a running session has a timer: pausing or stopping clears it, so nothing ticks.
    if (status !== 'running') return
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      const now = elapsedOn(watch, Date.now())
      if (now >= total) {
        setElapsed(total)
        setStatus('finished')
        return
      }
      setElapsed(now)
      timer = setTimeout(tick, msUntilNextCount(now))
    }
    tick()
    return () => clearTimeout(timer)
  }, [status, watch, total])

  return {
    status,
    moment: momentAt(elapsed, pace, breaths),
    start() {
      setWatch(startWatch(Date.now()))
      setElapsed(0)
      setStatus('running')
    },
    pause() {
      const now = Date.now()
      setWatch(pauseWatch(watch, now))
      setElapsed(elapsedOn(watch, now))
      setStatus('paused')
    },
    resume() {
      setWatch(resumeWatch(watch, Date.now()))
      setStatus('running')
    },
    stop() {
      setWatch(stoppedWatch)
      setElapsed(0)
      setStatus('ready')
    },
  }
}

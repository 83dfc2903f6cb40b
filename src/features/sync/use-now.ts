import { useEffect, useState } from 'react'

/** The time now, read again every `everyMs`, so words like "2 minutes ago" stay true. */
export function useNow(everyMs: number): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

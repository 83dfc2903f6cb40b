import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * For a button that asks before it does something that cannot be undone. When the question
 * appears it takes focus, so it is read out; when it goes, focus returns to the button that
 * opened it, so nobody is left at the top of the page.
 */
export function useAskFirst() {
  const [asking, setAsking] = useState(false)
  const questionRef = useRef<HTMLParagraphElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const focusNext = useRef<'question' | 'opener' | null>(null)

  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target === 'question') questionRef.current?.focus()
    if (target === 'opener') openerRef.current?.focus()
  }, [asking])

  const ask = useCallback(() => {
    focusNext.current = 'question'
    setAsking(true)
  }, [])

  const stopAsking = useCallback(() => {
    focusNext.current = 'opener'
    setAsking(false)
  }, [])

  return { asking, ask, stopAsking, questionRef, openerRef }
}

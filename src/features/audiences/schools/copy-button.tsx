import { useState } from 'react'

interface Props {
  label: string
  /** The text to copy, read when the button is pressed. */
  text: () => string
  /** Said once it is copied. */
  done: string
  /** Said when the browser will not copy, with where to copy it from by hand. */
  fallback: string
}

/** Copies text to the clipboard and says so; if the browser refuses, says how to do it by hand. */
export function CopyButton({ label, text, done, fallback }: Props) {
  const [message, setMessage] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(text())
      setMessage(done)
    } catch {
      // Some browsers and school settings block the clipboard: the text is still there to copy.
      setMessage(fallback)
    }
  }

  return (
    <div className="copy-button">
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <p role="status" className="copy-button__status">
        {message}
      </p>
    </div>
  )
}

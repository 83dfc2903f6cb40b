import type { ReactNode } from 'react'
import type { Mood } from '../../../db/rows.ts'
import './mood-shape.css'

/*
 * Each mood has its own shape as well as its own colour, so the calendar reads without colour
 * (and in high contrast, where every shape is drawn the same colour): a rain cloud, a drop,
 * a flat pebble, a round circle and a sun.
 */
const shapes: Record<Mood, ReactNode> = {
  1: (
    <>
      <circle cx="8" cy="13.5" r="4.5" />
      <circle cx="13.5" cy="10.5" r="5.5" />
      <circle cx="17.5" cy="14" r="4" />
      <rect x="8" y="13" width="9.5" height="5" />
      <path className="mood-shape__strokes" d="M9 20.5v1.5M13 20.5v1.5M17 20.5v1.5" />
    </>
  ),
  2: <path d="M12 3C12 3 5.5 10.5 5.5 15a6.5 6.5 0 0 0 13 0C18.5 10.5 12 3 12 3Z" />,
  3: <rect x="3" y="8" width="18" height="8" rx="4" />,
  4: <circle cx="12" cy="12" r="8.5" />,
  5: (
    <>
      <circle cx="12" cy="12" r="5" />
      <path
        className="mood-shape__strokes"
        d="M12 2.5v2.5M12 19v2.5M2.5 12h2.5M19 12h2.5M5.3 5.3l1.8 1.8M16.9 16.9l1.8 1.8M5.3 18.7l1.8-1.8M16.9 7.1l1.8-1.8"
      />
    </>
  ),
}

/** A mood's shape, for pictures only: the mood's word is always given beside it or in a key. */
export function MoodShape({ mood }: { mood: Mood }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={`mood-shape mood-shape--${mood}`}
      aria-hidden="true"
      focusable="false"
    >
      {shapes[mood]}
    </svg>
  )
}

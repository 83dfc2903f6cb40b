import type { Mood } from '../../db/rows.ts'

// The mouth carries the meaning, drawn in the text colour: it works in every theme and never
// relies on colour. The word beside each face says the same thing for everyone.
const mouths: Record<Mood, string> = {
  1: 'M15 36 Q24 26 33 36',
  2: 'M16 34 Q24 29 32 34',
  3: 'M16 32 L32 32',
  4: 'M16 29 Q24 36 32 29',
  5: 'M14 28 Q24 41 34 28 Z',
}

/** A simple face for one step of the mood scale. Decorative: the word is the label. */
export function MoodFace({ mood }: { mood: Mood }) {
  return (
    <svg
      className="mood-face"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <circle cx="17" cy="19" r="2.5" fill="currentColor" />
      <circle cx="31" cy="19" r="2.5" fill="currentColor" />
      {mood === 1 && (
        <path
          d="M12 15 L20 12 M36 15 L28 12"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      )}
      <path
        d={mouths[mood]}
        fill={mood === 5 ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

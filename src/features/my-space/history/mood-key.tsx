import { MoodShape } from './mood-shape.tsx'
import { moodsBestFirst } from './mood-words.ts'

/** The key to the mood shapes, in words: the pictures never rely on colour or shape alone. */
export function MoodKey() {
  return (
    <ul className="mood-key" aria-label="What the shapes mean">
      {moodsBestFirst.map((mood) => (
        <li key={mood.value}>
          <MoodShape mood={mood.value} />
          {mood.label}
        </li>
      ))}
    </ul>
  )
}

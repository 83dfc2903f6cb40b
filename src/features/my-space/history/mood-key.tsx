import { useLingui } from '@lingui/react/macro'
import { MoodShape } from './mood-shape.tsx'
import { moodsBestFirst } from './mood-words.ts'

/** The key to the mood shapes, in words: the pictures never rely on colour or shape alone. */
export function MoodKey() {
  const { t, i18n } = useLingui()
  return (
    <ul className="mood-key" aria-label={t`What the shapes mean`}>
      {moodsBestFirst.map((mood) => (
        <li key={mood.value}>
          <MoodShape mood={mood.value} />
          {i18n._(mood.label)}
        </li>
      ))}
    </ul>
  )
}

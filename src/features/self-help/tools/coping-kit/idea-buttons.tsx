import type { CopingKitItem } from '../../../../db/coping-kit.ts'
import { ideaGroups } from './coping-kit-ideas.ts'
import { hasItem } from './kit-list.ts'

interface Props {
  items: readonly CopingKitItem[]
  onAdd: (idea: string) => void
}

/**
 * One-tap ideas. An idea already in the kit keeps its button, marked as added, so keyboard focus
 * stays put while the person adds several in a row.
 */
export function IdeaButtons({ items, onAdd }: Props) {
  return (
    <section className="kit-ideas" aria-labelledby="kit-ideas-heading">
      <h2 id="kit-ideas-heading">Ideas to add</h2>
      <p className="hint">Tap an idea to add it to your kit. You can change the words after.</p>
      {ideaGroups.map((group) => (
        <div key={group.title} className="kit-ideas__group">
          <h3>{group.title}</h3>
          <ul className="kit-ideas__list">
            {group.ideas.map((idea) => {
              const added = hasItem(items, idea)
              return (
                <li key={idea}>
                  <button
                    type="button"
                    className={added ? 'button kit-idea is-added' : 'button kit-idea'}
                    aria-disabled={added || undefined}
                    onClick={() => onAdd(idea)}
                  >
                    {added ? (
                      <>
                        <span aria-hidden="true">✓ </span>
                        {idea} <span className="visually-hidden">(in your kit)</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">+ </span>
                        <span className="visually-hidden">Add:</span> {idea}
                      </>
                    )}
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </section>
  )
}

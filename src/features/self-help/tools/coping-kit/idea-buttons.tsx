import { Trans, useLingui } from '@lingui/react/macro'
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
  const { i18n } = useLingui()
  return (
    <section className="kit-ideas" aria-labelledby="kit-ideas-heading">
      <h2 id="kit-ideas-heading">
        <Trans>Ideas to add</Trans>
      </h2>
      <p className="hint">
        <Trans>Tap an idea to add it to your kit. You can change the words after.</Trans>
      </p>
      {ideaGroups.map((group) => {
        const title = i18n._(group.title)
        return (
          <div key={title} className="kit-ideas__group">
            <h3>{title}</h3>
            <ul className="kit-ideas__list">
              {group.ideas.map((descriptor) => {
                const idea = i18n._(descriptor)
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
                        <Trans>
                          <span aria-hidden="true">✓ </span>
                          {idea} <span className="visually-hidden">(in your kit)</span>
                        </Trans>
                      ) : (
                        <Trans>
                          <span aria-hidden="true">+ </span>
                          <span className="visually-hidden">Add:</span> {idea}
                        </Trans>
                      )}
                    </button>
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

import { useEffect, useRef, useState } from 'react'
import { InlineUnlock } from '../../../my-space/lock/unlock-screen.tsx'
import { saveProblemMessage } from '../../../my-space/lock/save-problem-message.ts'
import { StatusMessage, type Status } from '../status-message.tsx'
import { TextField } from '../text-field.tsx'
import { ToolLayout } from '../tool-layout.tsx'
import { buttonId, CopingKitItemRow } from './coping-kit-item.tsx'
import { IdeaButtons } from './idea-buttons.tsx'
import { addItem, editItem, hasItem, MAX_ITEM_LENGTH, moveItem, removeItem } from './kit-list.ts'
import { useCopingKit } from './use-coping-kit.ts'

export function CopingKitTool() {
  const kit = useCopingKit()
  const [newText, setNewText] = useState('')
  const [status, setStatus] = useState<Status>()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Where keyboard focus goes once the list has redrawn after a move or a removal.
  const [focusTarget, setFocusTarget] = useState<{ id: string; by: -1 | 1 } | 'heading'>()
  const items = kit.state.status === 'ready' ? kit.state.items : []

  useEffect(() => {
    if (!focusTarget) return
    if (focusTarget === 'heading') headingRef.current?.focus()
    else {
      // At the top or bottom that button is disabled, so the other direction takes focus.
      const { id, by } = focusTarget
      const wanted = document.getElementById(buttonId(id, by === -1 ? 'up' : 'down'))
      const other = document.getElementById(buttonId(id, by === -1 ? 'down' : 'up'))
      if (wanted instanceof HTMLButtonElement && !wanted.disabled) wanted.focus()
      else other?.focus()
    }
    setFocusTarget(undefined)
  }, [focusTarget])

  async function apply(edit: Parameters<typeof kit.change>[0], done: string) {
    try {
      await kit.change(edit)
      setStatus({ tone: 'done', text: `${done} Saved on this device.` })
      return true
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: saveProblemMessage(error) })
      return false
    }
  }

  async function add(text: string, fromBox: boolean) {
    if (text.trim() === '') {
      return setStatus({ tone: 'problem', text: 'Write something first, then add it.' })
    }
    if (hasItem(items, text)) {
      return setStatus({ tone: 'problem', text: `“${text.trim()}” is already in your kit.` })
    }
    const saved = await apply((current) => addItem(current, text), `Added “${text.trim()}”.`)
    // Clear the box only once the idea is safely kept; on failure the words stay in it.
    if (saved && fromBox) setNewText('')
  }

  const ready = kit.state.status === 'ready'

  return (
    <ToolLayout
      slug="coping-kit"
      intro={
        <p>
          A coping kit is your own list of things that help when you feel low, worried or angry.
          When things are hard, it can be tricky to think of what might help. So make your list now,
          and come back to it when you need it.
        </p>
      }
      kept="Your kit stays on this device. It is not sent anywhere."
    >
      <section className="kit" aria-labelledby="kit-heading">
        <h2 id="kit-heading" ref={headingRef} tabIndex={-1}>
          My kit
        </h2>
        <StatusMessage status={status} />
        {kit.state.status === 'loading' && <p className="hint">Looking on this device…</p>}
        {kit.state.status === 'locked' && (
          <InlineUnlock
            heading="Your coping kit is locked"
            headingLevel={3}
            idPrefix="kit-unlock"
            onUnlocked={() => headingRef.current?.focus()}
          />
        )}
        {kit.state.status === 'failed' && (
          <div className="callout">
            <p>We couldn&rsquo;t open your coping kit on this device.</p>
            <button type="button" className="button" onClick={kit.retry}>
              Try again
            </button>
          </div>
        )}
        {ready && items.length === 0 && (
          <p>Your kit is empty for now. Add your own ideas, or pick some from the ideas below.</p>
        )}
        {items.length > 0 && (
          <ol className="kit__list" aria-labelledby="kit-heading">
            {items.map((item, index) => (
              <CopingKitItemRow
                key={item.id}
                item={item}
                isFirst={index === 0}
                isLast={index === items.length - 1}
                onMove={(by) =>
                  void apply((current) => moveItem(current, item.id, by), 'Moved.').then(
                    (saved) => saved && setFocusTarget({ id: item.id, by }),
                  )
                }
                onRemove={() =>
                  void apply(
                    (current) => removeItem(current, item.id),
                    `Removed “${item.text}”.`,
                  ).then((saved) => saved && setFocusTarget('heading'))
                }
                onEdit={(text) => apply((current) => editItem(current, item.id, text), 'Changed.')}
              />
            ))}
          </ol>
        )}
        {/* Adding waits for the saved kit, so a new idea can never replace one not yet read. */}
        {ready && (
          <form
            className="kit__add"
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              void add(newText, true)
            }}
          >
            <TextField
              id="kit-new"
              label="Add your own idea"
              hint="Anything that helps you, even a little. For example: “Stroke my cat.”"
              maxLength={MAX_ITEM_LENGTH}
              value={newText}
              onChange={setNewText}
            />
            <button type="submit" className="button button--primary">
              Add to my kit
            </button>
          </form>
        )}
      </section>
      {ready && <IdeaButtons items={items} onAdd={(idea) => void add(idea, false)} />}
    </ToolLayout>
  )
}

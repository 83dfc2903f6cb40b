import { Trans, useLingui } from '@lingui/react/macro'
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
  const { i18n, t } = useLingui()
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

  /** `done` is the whole message shown once the change is safely kept. */
  async function apply(edit: Parameters<typeof kit.change>[0], done: string) {
    try {
      await kit.change(edit)
      setStatus({ tone: 'done', text: done })
      return true
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: saveProblemMessage(error, i18n) })
      return false
    }
  }

  async function add(text: string, fromBox: boolean) {
    if (text.trim() === '') {
      return setStatus({ tone: 'problem', text: t`Write something first, then add it.` })
    }
    const idea = text.trim()
    if (hasItem(items, text)) {
      return setStatus({ tone: 'problem', text: t`“${idea}” is already in your kit.` })
    }
    const saved = await apply(
      (current) => addItem(current, text),
      t`Added “${idea}”. Saved on this device.`,
    )
    // Clear the box only once the idea is safely kept; on failure the words stay in it.
    if (saved && fromBox) setNewText('')
  }

  const ready = kit.state.status === 'ready'

  return (
    <ToolLayout
      slug="coping-kit"
      intro={
        <p>
          <Trans>
            A coping kit is your own list of things that help when you feel low, worried or angry.
            When things are hard, it can be tricky to think of what might help. So make your list
            now, and come back to it when you need it.
          </Trans>
        </p>
      }
      kept={t`Your kit stays on this device. It is not sent anywhere.`}
    >
      <section className="kit" aria-labelledby="kit-heading">
        <h2 id="kit-heading" ref={headingRef} tabIndex={-1}>
          <Trans>My kit</Trans>
        </h2>
        <StatusMessage status={status} />
        {kit.state.status === 'loading' && (
          <p className="hint">
            <Trans>Looking on this device…</Trans>
          </p>
        )}
        {kit.state.status === 'locked' && (
          <InlineUnlock
            heading={t`Your coping kit is locked`}
            headingLevel={3}
            idPrefix="kit-unlock"
            onUnlocked={() => headingRef.current?.focus()}
          />
        )}
        {kit.state.status === 'failed' && (
          <div className="callout">
            <p>
              <Trans>We couldn’t open your coping kit on this device.</Trans>
            </p>
            <button type="button" className="button" onClick={kit.retry}>
              <Trans>Try again</Trans>
            </button>
          </div>
        )}
        {ready && items.length === 0 && (
          <p>
            <Trans>
              Your kit is empty for now. Add your own ideas, or pick some from the ideas below.
            </Trans>
          </p>
        )}
        {items.length > 0 && (
          <ol className="kit__list" aria-labelledby="kit-heading">
            {items.map((item, index) => {
              const removed = item.text
              return (
                <CopingKitItemRow
                  key={item.id}
                  item={item}
                  isFirst={index === 0}
                  isLast={index === items.length - 1}
                  onMove={(by) =>
                    void apply(
                      (current) => moveItem(current, item.id, by),
                      t`Moved. Saved on this device.`,
                    ).then((saved) => saved && setFocusTarget({ id: item.id, by }))
                  }
                  onRemove={() =>
                    void apply(
                      (current) => removeItem(current, item.id),
                      t`Removed “${removed}”. Saved on this device.`,
                    ).then((saved) => saved && setFocusTarget('heading'))
                  }
                  onEdit={(text) =>
                    apply(
                      (current) => editItem(current, item.id, text),
                      t`Changed. Saved on this device.`,
                    )
                  }
                />
              )
            })}
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
              label={t`Add your own idea`}
              hint={t`Anything that helps you, even a little. For example: “Stroke my cat.”`}
              maxLength={MAX_ITEM_LENGTH}
              value={newText}
              onChange={setNewText}
            />
            <button type="submit" className="button button--primary">
              <Trans>Add to my kit</Trans>
            </button>
          </form>
        )}
      </section>
      {ready && <IdeaButtons items={items} onAdd={(idea) => void add(idea, false)} />}
    </ToolLayout>
  )
}

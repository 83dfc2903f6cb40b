import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef, useState } from 'react'
import { PastEntries } from '../past-entries.tsx'
import { saveProblemMessage } from '../../../my-space/lock/save-problem-message.ts'
import { StatusMessage, type Status } from '../status-message.tsx'
import { ToolLayout } from '../tool-layout.tsx'
import { useToolEntries } from '../use-tool-entries.ts'
import {
  emptyDraft,
  finishTree,
  treeTitle,
  WORRY_TREE_TOOL,
  WorryTreeSchema,
  type WorryDraft,
} from './worry-tree-data.ts'
import { nextStep, type WorryStep } from './worry-tree-flow.ts'
import { WorryTreeStep } from './worry-tree-steps.tsx'
import { WorryTreeSummary } from './worry-tree-summary.tsx'

export function WorryTreeTool() {
  const { i18n, t } = useLingui()
  const entries = useToolEntries(WORRY_TREE_TOOL, WorryTreeSchema)
  const [draft, setDraft] = useState<WorryDraft>(emptyDraft)
  // The steps taken so far, so Back retraces the person's own path through the tree.
  const [path, setPath] = useState<WorryStep[]>(['worry'])
  const [missingChoice, setMissingChoice] = useState(false)
  const [savedId, setSavedId] = useState<string>()
  const [saving, setSaving] = useState(false)
  const [status, setStatus] = useState<Status>()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const moved = useRef(false)
  const step = path.at(-1) ?? 'worry'

  useEffect(() => {
    // Each new step starts at its heading so it is read out; not on first load.
    if (moved.current) headingRef.current?.focus()
  }, [path])

  function change(update: Partial<WorryDraft>) {
    setDraft((current) => ({ ...current, ...update }))
    setMissingChoice(false)
  }

  function go(nextPath: WorryStep[]) {
    moved.current = true
    setMissingChoice(false)
    setStatus(undefined)
    setPath(nextPath)
  }

  function next() {
    const following = nextStep(step, draft)
    if (following) return go([...path, following])
    setMissingChoice(true)
    // Take the person to the unanswered question: its group is read out with the error.
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)')?.focus()
  }

  async function saveTree() {
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus.
    if (saving) return
    setSaving(true)
    try {
      // Saving again after a change updates the same tree instead of making a copy.
      const row = await entries.save(finishTree(draft), savedId)
      setSavedId(row.id)
      setStatus({ tone: 'done', text: t`Saved on this device. It is in your saved worry trees.` })
    } catch (error) {
      console.error(error)
      setStatus({ tone: 'problem', text: saveProblemMessage(error, i18n) })
    } finally {
      setSaving(false)
    }
  }

  function startNew() {
    setDraft(emptyDraft)
    setSavedId(undefined)
    go(['worry'])
  }

  return (
    <ToolLayout
      slug="worry-tree"
      intro={
        <p>
          <Trans>
            Worries can go round and round in your head. The worry tree helps you sort a worry out.
            First you work out if you can do something about it. Then you make a plan, or you let it
            go.
          </Trans>
        </p>
      }
      kept={t`If you save your worry tree, it stays on this device. It is not sent anywhere.`}
    >
      <section className="tool-step" aria-label={t`Your worry tree, one step at a time`}>
        {step === 'done' ? (
          <>
            <h2 ref={headingRef} tabIndex={-1}>
              <Trans>Your worry tree</Trans>
            </h2>
            <WorryTreeSummary tree={finishTree(draft)} />
            <div className="button-row tool-controls">
              <button type="button" className="button" onClick={() => go(path.slice(0, -1))}>
                <Trans>Back</Trans>
              </button>
              <button
                type="button"
                className="button button--primary"
                aria-disabled={saving || undefined}
                onClick={() => void saveTree()}
              >
                <Trans>Save to this device</Trans>
              </button>
              <button type="button" className="button" onClick={startNew}>
                <Trans>Start a new worry tree</Trans>
              </button>
            </div>
          </>
        ) : (
          <form
            ref={formRef}
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              next()
            }}
          >
            <WorryTreeStep
              step={step}
              draft={draft}
              change={change}
              headingRef={headingRef}
              missingChoice={missingChoice}
            />
            <div className="button-row tool-controls">
              {path.length > 1 && (
                <button type="button" className="button" onClick={() => go(path.slice(0, -1))}>
                  <Trans>Back</Trans>
                </button>
              )}
              <button type="submit" className="button button--primary">
                {step === 'let-go' ? <Trans>Finish</Trans> : <Trans>Next</Trans>}
              </button>
            </div>
          </form>
        )}
        <StatusMessage status={status} />
      </section>

      <PastEntries
        heading={t`Your saved worry trees`}
        kind="worry-tree"
        emptyText={t`You haven't saved any worry trees yet.`}
        loaded={entries.loaded}
        titleOf={(tree) => treeTitle(tree, i18n)}
        renderDetails={(tree) => <WorryTreeSummary tree={tree} />}
        onDelete={entries.remove}
        onRetry={entries.reload}
      />
    </ToolLayout>
  )
}

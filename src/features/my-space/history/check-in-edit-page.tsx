import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { deleteCheckIn, updateCheckIn } from '../../../db/check-ins.ts'
import type { CheckInRow } from '../../../db/rows.ts'
import { saveErrorMessage } from '../../../lib/save-error.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { DeleteWithConfirm } from '../hub/confirm-delete.tsx'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { changesOf, draftOf, type CheckInDraft } from './check-in-draft.ts'
import { CheckInEditForm } from './check-in-edit-form.tsx'
import { CheckInGone } from './check-in-gone.tsx'
import { formatCheckInTime } from './format-date.ts'
import { dayKeyOfInstant, monthOf } from './local-day.ts'
import { useCheckIn } from './use-check-in.ts'
import { useLocale } from './use-locale.ts'
import './history.css'

function OpenedFrom({ at }: { at: string }) {
  return (
    <p className="lead">
      <Trans>From {at}.</Trans>
    </p>
  )
}

/** `/my-space/history/:checkInId`: change or delete one check-in. */
export function CheckInEditPage() {
  const { t, i18n } = useLingui()
  const locale = useLocale()
  usePageTitle(t`Change a check-in`)
  const { checkInId = '' } = useParams()
  const row = useCheckIn(checkInId)
  const navigate = useNavigate()
  // The check-in as it was opened, and the person's changes to it. Later changes from another
  // tab never overwrite what they are typing.
  const [original, setOriginal] = useState<CheckInRow>()
  const [draft, setDraft] = useState<CheckInDraft>()
  const [saving, setSaving] = useState(false)
  const [goneOnSave, setGoneOnSave] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [status, setStatus] = useState<Status>()

  if (row && !original) {
    setOriginal(row)
    setDraft(draftOf(row))
  }

  const missing = (row === null || goneOnSave) && !deleting
  const wasOpen = original !== undefined
  const goneMessage = t`This check-in has been deleted, perhaps in another tab or window.`
  useEffect(() => {
    if (missing && wasOpen) setStatus({ tone: 'problem', text: goneMessage })
  }, [missing, wasOpen, goneMessage])

  const backTo = original
    ? `/my-space/history?month=${monthOf(dayKeyOfInstant(original.at))}`
    : '/my-space/history'

  async function save() {
    if (!draft) return
    setSaving(true)
    setStatus(undefined)
    try {
      if (await updateCheckIn(checkInId, changesOf(draft))) {
        setStatus({ tone: 'done', text: t`Your changes are saved on this device.` })
      } else {
        setGoneOnSave(true)
      }
    } catch (error) {
      setStatus({ tone: 'problem', text: saveErrorMessage(error, i18n) })
    } finally {
      setSaving(false)
    }
  }

  async function remove() {
    setDeleting(true)
    try {
      await deleteCheckIn(checkInId)
      void navigate(backTo, { state: { message: t`The check-in was deleted.` } })
    } catch (error) {
      console.error(error)
      setDeleting(false)
      setStatus({
        tone: 'problem',
        text: t`We couldn’t delete this check-in on your device just now. It is still here, so you can try again.`,
      })
    }
  }

  const unsavedNote =
    draft && draft.note.trim() !== (original?.note ?? '').trim() ? draft.note : undefined

  return (
    <div className="history check-in-edit-page">
      <PageHeading>
        <Trans>Change a check-in</Trans>
      </PageHeading>
      {original && <OpenedFrom at={formatCheckInTime(original.at, locale)} />}
      <StatusLine status={status} />
      {row === undefined && !original ? (
        <QuietLoading />
      ) : missing || !draft ? (
        <CheckInGone wasOpen={wasOpen} unsavedNote={unsavedNote} />
      ) : (
        <>
          <CheckInEditForm
            draft={draft}
            onChange={setDraft}
            onSave={() => void save()}
            saving={saving}
          />
          <section className="check-in-edit__delete" aria-labelledby="check-in-delete">
            <h2 id="check-in-delete">
              <Trans>Delete this check-in</Trans>
            </h2>
            <DeleteWithConfirm
              label={t`Delete this check-in`}
              question={t`Delete this check-in?`}
              onDelete={remove}
            />
          </section>
        </>
      )}
      <p className="history__back">
        <Link to={backTo}>
          <Trans>Back to your check-ins</Trans>
        </Link>
      </p>
    </div>
  )
}

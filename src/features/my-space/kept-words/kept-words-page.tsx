import { Trans, useLingui } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { Locale } from '../../../i18n/locales.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { DeleteWithConfirm } from '../hub/confirm-delete.tsx'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { LockedNote } from '../lock/locked-note.tsx'
import { shortDate } from './kept-words-place.ts'
import { useKeptWords, type KeptWords } from './use-kept-words.ts'
import './kept-words.css'

function NothingKept() {
  return (
    <p className="callout">
      <Trans>
        There are no kept words right now. If the same thing is ever changed on two of your devices
        at once, the other version will be kept here, so nothing you write is lost.
      </Trans>
    </p>
  )
}

interface ItemProps {
  item: KeptWords
  onCopy: (item: KeptWords) => Promise<void>
  onDelete: (item: KeptWords) => Promise<void>
}

function KeptItem({ item, onCopy, onDelete }: ItemProps) {
  const { i18n, t } = useLingui()
  const written = shortDate(item.writtenAt, new Date(), i18n.locale as Locale)
  const place = item.place
  return (
    <li className="kept-words__item">
      <h3 className="kept-words__place">{place}</h3>
      {written && (
        <p className="hint">
          <Trans>Written on {written}</Trans>
        </p>
      )}
      <p className="kept-words__text">{item.text}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-label={t`Copy: ${place}`}
          onClick={() => void onCopy(item)}
        >
          <Trans>Copy</Trans>
        </button>
        <DeleteWithConfirm
          label={t`Delete`}
          accessibleLabel={t`Delete: ${place}`}
          question={t`Delete these kept words?`}
          onDelete={() => onDelete(item)}
        />
      </div>
    </li>
  )
}

/** `/my-space/kept-words`: words that lost a sync conflict, kept so nothing written is lost. */
export function KeptWordsPage() {
  const { t } = useLingui()
  usePageTitle(t`Words kept from another device`)
  const { kept, remove } = useKeptWords()
  const [status, setStatus] = useState<Status>()
  const listHeadingRef = useRef<HTMLHeadingElement>(null)

  async function copy(item: KeptWords) {
    try {
      await navigator.clipboard.writeText(item.text)
      setStatus({ tone: 'done', text: t`Copied. You can paste the words wherever you want them.` })
    } catch {
      // The clipboard can be blocked: the words are on the page to select by hand.
      setStatus({
        tone: 'problem',
        text: t`Your browser wouldn’t copy them. You can select the words and copy them yourself.`,
      })
    }
  }

  async function deleteItem(item: KeptWords) {
    try {
      await remove(item.id)
      setStatus({ tone: 'done', text: t`Deleted those kept words.` })
      // Its buttons have gone: focus goes to the list's heading rather than being lost.
      listHeadingRef.current?.focus()
    } catch (error) {
      console.error(error)
      setStatus({
        tone: 'problem',
        text: t`We couldn’t delete these just now. They are still here, so you can try again.`,
      })
    }
  }

  return (
    <div className="kept-words">
      <PageHeading>
        <Trans>Words kept from another device</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>The same thing was changed on two devices at once. Harbour kept both.</Trans>
      </p>
      <p className="prose">
        <Trans>
          One version is where you wrote it. The other is here, so nothing you wrote is lost. If you
          want these words back, copy them and paste them where they belong. When you don’t need
          them any more, you can delete them.
        </Trans>
      </p>
      <StatusLine status={status} />
      <h2 ref={listHeadingRef} tabIndex={-1} className="kept-words__heading">
        <Trans>Kept words</Trans>
      </h2>
      {kept === undefined ? (
        <QuietLoading />
      ) : kept === 'locked' ? (
        <LockedNote>
          <Trans>My space is locked, and these words are locked with it.</Trans>
        </LockedNote>
      ) : kept.length === 0 ? (
        <NothingKept />
      ) : (
        <ul className="kept-words__list">
          {kept.map((item) => (
            <KeptItem key={item.id} item={item} onCopy={copy} onDelete={deleteItem} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/my-space">
          <Trans>Back to My space</Trans>
        </Link>
      </p>
    </div>
  )
}

import { useRef, useState } from 'react'
import { Link } from 'react-router'
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
      There are no kept words right now. If the same thing is ever changed on two of your devices at
      once, the other version will be kept here, so nothing you write is lost.
    </p>
  )
}

interface ItemProps {
  item: KeptWords
  onCopy: (item: KeptWords) => Promise<void>
  onDelete: (item: KeptWords) => Promise<void>
}

function KeptItem({ item, onCopy, onDelete }: ItemProps) {
  const written = shortDate(item.writtenAt, new Date())
  return (
    <li className="kept-words__item">
      <h3 className="kept-words__place">{item.place}</h3>
      {written && <p className="hint">Written on {written}</p>}
      <p className="kept-words__text">{item.text}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-label={`Copy: ${item.place}`}
          onClick={() => void onCopy(item)}
        >
          Copy
        </button>
        <DeleteWithConfirm
          label="Delete"
          accessibleLabel={`Delete: ${item.place}`}
          question="Delete these kept words?"
          onDelete={() => onDelete(item)}
        />
      </div>
    </li>
  )
}

/** `/my-space/kept-words`: words that lost a sync conflict, kept so nothing written is lost. */
export function KeptWordsPage() {
  usePageTitle('Words kept from another device')
  const { kept, remove } = useKeptWords()
  const [status, setStatus] = useState<Status>()
  const listHeadingRef = useRef<HTMLHeadingElement>(null)

  async function copy(item: KeptWords) {
    try {
      await navigator.clipboard.writeText(item.text)
      setStatus({ tone: 'done', text: 'Copied. You can paste the words wherever you want them.' })
    } catch {
      // The clipboard can be blocked: the words are on the page to select by hand.
      setStatus({
        tone: 'problem',
        text: 'Your browser wouldn’t copy them. You can select the words and copy them yourself.',
      })
    }
  }

  async function deleteItem(item: KeptWords) {
    try {
      await remove(item.id)
      setStatus({ tone: 'done', text: 'Deleted those kept words.' })
      // Its buttons have gone: focus goes to the list's heading rather than being lost.
      listHeadingRef.current?.focus()
    } catch (error) {
      console.error(error)
      setStatus({
        tone: 'problem',
        text: 'We couldn’t delete these just now. They are still here, so you can try again.',
      })
    }
  }

  return (
    <div className="kept-words">
      <PageHeading>Words kept from another device</PageHeading>
      <p className="lead">The same thing was changed on two devices at once. Harbour kept both.</p>
      <p className="prose">
        One version is where you wrote it. The other is here, so nothing you wrote is lost. If you
        want these words back, copy them and paste them where they belong. When you don&rsquo;t need
        them any more, you can delete them.
      </p>
      <StatusLine status={status} />
      <h2 ref={listHeadingRef} tabIndex={-1} className="kept-words__heading">
        Kept words
      </h2>
      {kept === undefined ? (
        <QuietLoading />
      ) : kept === 'locked' ? (
        <LockedNote>My space is locked, and these words are locked with it.</LockedNote>
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
        <Link to="/my-space">Back to My space</Link>
      </p>
    </div>
  )
}

import { Trans, useLingui } from '@lingui/react/macro'
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { SavedItemRow } from '../../../db/rows.ts'
import { unsaveItem } from '../../../db/saved-items.ts'
import { PageHeading } from '../../../ui/page-heading.tsx'
import { usePageTitle } from '../../../ui/use-page-title.ts'
import { QuietLoading } from '../hub/quiet-loading.tsx'
import { StatusLine, type Status } from '../hub/status-line.tsx'
import { savedGroups, savedItemHref } from './saved-links.ts'
import { useSavedItems } from './use-saved-items.ts'
import './saved.css'

function NothingSaved() {
  return (
    <div className="callout">
      <p>
        <Trans>
          Nothing saved yet. When you find an article, a tool or a service you want to come back to,
          press “Save to My space” and it will be here.
        </Trans>
      </p>
      <ul className="link-list">
        <li>
          <Link to="/self-help">
            <Trans>Browse self-help</Trans>
          </Link>
        </li>
        <li>
          <Link to="/find-support">
            <Trans>Find support</Trans>
          </Link>
        </li>
      </ul>
    </div>
  )
}

/** `/my-space/saved`: saved articles, tools and services, each one removable. */
export function SavedPage() {
  const { i18n, t } = useLingui()
  usePageTitle(t`Saved`)
  const items = useSavedItems()
  const [status, setStatus] = useState<Status>()
  const headingRef = useRef<HTMLHeadingElement>(null)

  async function remove(item: SavedItemRow) {
    try {
      await unsaveItem(item.kind, item.ref)
      const title = item.title
      setStatus({ tone: 'done', text: t`Removed “${title}” from My space.` })
      // Its button has gone: focus goes to the list's heading rather than being lost.
      headingRef.current?.focus()
    } catch (error) {
      console.error(error)
      setStatus({
        tone: 'problem',
        text: t`We couldn’t remove this just now. It is still saved, so you can try again.`,
      })
    }
  }

  return (
    <div className="saved">
      <PageHeading>
        <Trans>Saved</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          Articles, tools and services you saved to come back to. They stay on this device.
        </Trans>
      </p>
      <StatusLine status={status} />
      <h2 ref={headingRef} tabIndex={-1} className="saved__heading">
        <Trans>Your saved things</Trans>
      </h2>
      {items === undefined ? (
        <QuietLoading />
      ) : items.length === 0 ? (
        <NothingSaved />
      ) : (
        savedGroups.map(({ kind, heading }) => {
          const group = items.filter((item) => item.kind === kind)
          if (group.length === 0) return null
          return (
            <section key={kind} aria-labelledby={`saved-${kind}`}>
              <h3 id={`saved-${kind}`}>{i18n._(heading)}</h3>
              <ul className="saved__list">
                {group.map((item) => {
                  const title = item.title
                  return (
                    <li key={item.id} className="saved__item">
                      <Link to={savedItemHref(item)} className="saved__link">
                        {title}
                      </Link>
                      <button
                        type="button"
                        className="button"
                        aria-label={t`Remove: ${title}`}
                        onClick={() => void remove(item)}
                      >
                        <Trans>Remove</Trans>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })
      )}
      <p className="saved__back">
        <Link to="/my-space">
          <Trans>Back to My space</Trans>
        </Link>
      </p>
    </div>
  )
}

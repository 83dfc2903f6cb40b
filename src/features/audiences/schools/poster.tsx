import { Trans, useLingui } from '@lingui/react/macro'
import area from 'virtual:harbour-area'
import { posterContacts, mainAction } from './poster-contacts.ts'
import { QrCode } from './qr-code.tsx'
import { shareMessage, shareTitle, type ShareTarget } from './share-target.ts'

interface Props {
  target: ShareTarget
  url: string
}

/**
 * An A4 poster for a noticeboard or classroom. Hidden on screen and the only thing printed from
 * the schools page (see audiences.css), so "Print poster" and the browser's own print agree.
 */
export function Poster({ target, url }: Props) {
  const { i18n } = useLingui()
  const { appName } = area
  return (
    <div className="school-poster" hidden data-testid="poster">
      <p className="school-poster__brand">{appName}</p>
      <h2 className="school-poster__title">{shareTitle(target, i18n)}</h2>
      <p className="school-poster__message">{shareMessage(target, i18n)}</p>
      <QrCode value={url} className="school-poster__qr" />
      <p className="school-poster__scan">
        <Trans>Scan the code with a phone camera, or type:</Trans>
      </p>
      <p className="school-poster__link">{url}</p>
      <p className="school-poster__free">
        <Trans>{appName} works on any phone; nothing to install. Free, private, no sign-up.</Trans>
      </p>
      <div className="school-poster__numbers">
        <h3>
          <Trans>Need to talk to someone now?</Trans>
        </h3>
        <ul>
          {posterContacts.map((contact) => (
            <li key={contact.id}>
              <strong>{contact.name}</strong>: {mainAction(contact)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

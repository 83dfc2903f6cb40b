import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useRef } from 'react'
import area from 'virtual:harbour-area'
import { CopyButton } from './copy-button.tsx'
import { newsletterText } from './newsletter-text.ts'
import { newsletterContacts } from './poster-contacts.ts'
import { Poster } from './poster.tsx'
import { QrCode } from './qr-code.tsx'
import { shareTitle, type ShareTarget } from './share-target.ts'

interface Props {
  target: ShareTarget
  url: string
}

/** The link, its QR code, a poster to print and words for a newsletter: all made on the device. */
export function ShareOutputs({ target, url }: Props) {
  const { i18n, t } = useLingui()
  const id = useId()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const words = newsletterText(
    { appName: area.appName, target, url, contacts: newsletterContacts },
    i18n,
  )
  const title = shareTitle(target, i18n)

  return (
    <div className="share-outputs">
      <section aria-labelledby={`${id}-link`}>
        <h3 id={`${id}-link`}>
          <Trans>Your link</Trans>
        </h3>
        <p className="share-outputs__for">
          <Trans>
            Opens: <strong>{title}</strong>
          </Trans>
        </p>
        <p className="share-outputs__url">
          <a href={url}>{url}</a>
        </p>
        <CopyButton
          label={t`Copy link`}
          text={() => url}
          done={t`Link copied. You can paste it into an email, a message or your class page.`}
          fallback={t`The link couldn’t be copied for you. Select the link above and copy it yourself.`}
        />
        <p className="hint">
          <Trans>
            The link has no tracking in it and nothing that says which school, class or member of
            staff shared it. Everyone who opens it sees the same page.
          </Trans>
        </p>
      </section>

      <section aria-labelledby={`${id}-qr`}>
        <h3 id={`${id}-qr`}>
          <Trans>QR code</Trans>
        </h3>
        <p>
          <Trans>
            Pupils can point a phone camera at it to open the link. Show it on a screen or slide.
          </Trans>
        </p>
        <QrCode value={url} className="share-outputs__qr" />
      </section>

      <section aria-labelledby={`${id}-poster`}>
        <h3 id={`${id}-poster`}>
          <Trans>Poster</Trans>
        </h3>
        <p>
          <Trans>
            An A4 poster with the title, the QR code, the link, and free numbers for Childline,
            Shout, Samaritans and 999. Choose “Print poster”, then print it or save it as a PDF.
          </Trans>
        </p>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          <Trans>Print poster</Trans>
        </button>
        <Poster target={target} url={url} />
      </section>

      <section aria-labelledby={`${id}-words`}>
        <h3 id={`${id}-words`}>
          <Trans>Words for a newsletter or class page</Trans>
        </h3>
        <div className="field share-outputs__words">
          <label htmlFor={`${id}-text`}>
            <Trans>Text to paste (you can change it first)</Trans>
          </label>
          <textarea
            // A new link or language gives fresh words; edits to the old ones would not fit.
            key={`${i18n.locale} ${url}`}
            id={`${id}-text`}
            ref={textRef}
            defaultValue={words}
            rows={10}
          />
        </div>
        <CopyButton
          label={t`Copy text`}
          text={() => textRef.current?.value ?? words}
          done={t`Text copied. You can paste it into your newsletter or class page.`}
          fallback={t`The text couldn’t be copied for you. Select it in the box above and copy it yourself.`}
        />
      </section>
    </div>
  )
}

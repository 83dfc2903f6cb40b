import { Trans } from '@lingui/react/macro'
import { useState } from 'react'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { initialChoice, targetOf, type ShareChoice } from './share-choices.ts'
import { ShareForm } from './share-form.tsx'
import { ShareOutputs } from './share-outputs.tsx'
import { shareUrl } from './share-target.ts'

/** Choose a part of Harbour; get its link, QR code, poster and newsletter words. */
export function ShareMaker() {
  const hydrated = useHydrated()
  const [choice, setChoice] = useState<ShareChoice>(initialChoice)
  const target = targetOf(choice)

  return (
    <section className="share-maker" aria-labelledby="schools-share">
      <h2 id="schools-share">
        <Trans>Make a link, QR code or poster</Trans>
      </h2>
      <p className="prose">
        <Trans>
          Choose what you would like pupils to see. Everything is made here on this device: nothing
          is sent to us or anyone else.
        </Trans>
      </p>
      <form className="share-maker__form" onSubmit={(event) => event.preventDefault()}>
        <ShareForm
          choice={choice}
          onChange={(change) => setChoice((current) => ({ ...current, ...change }))}
        />
      </form>
      {hydrated ? (
        // The link is this site's own address, known only once the page is running.
        <ShareOutputs target={target} url={shareUrl(window.location.origin, target)} />
      ) : (
        <p className="share-maker__waiting">
          <Trans>
            Your link, QR code and poster appear here once the page has loaded. If they don’t, your
            browser may have JavaScript turned off: you can still share any Harbour page by copying
            its address.
          </Trans>
        </p>
      )}
    </section>
  )
}

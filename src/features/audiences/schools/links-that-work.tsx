import { Trans } from '@lingui/react/macro'

export function LinksThatWorkSection() {
  return (
    <section aria-labelledby="schools-links-work" className="prose">
      <h2 id="schools-links-work">
        <Trans>Links that work for every pupil</Trans>
      </h2>
      <ul>
        <li>
          <Trans>
            <strong>Fast on the first visit.</strong> Pages arrive ready to read, so a link opens
            quickly even on a slow connection or a cheap phone.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>On school laptops and phones.</strong> It works in any up-to-date web browser.
            There is nothing to install and no account to make, so pupils don’t need an email
            address or permission to download an app.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Even with JavaScript turned off.</strong> Articles and the get help now page
            still open and can be read, which helps on locked-down devices.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Offline after that.</strong> Once a pupil has opened Harbour, most of it keeps
            working with no signal.
          </Trans>
        </li>
      </ul>
    </section>
  )
}

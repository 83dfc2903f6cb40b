import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'

export function QuickExitPage() {
  return (
    <div className="prose">
      <PageHeading>
        <Trans>How quick exit works</Trans>
      </PageHeading>
      <p className="lead">
        <Trans>
          If someone comes near and you don&rsquo;t want them to see Harbour, you can leave it
          straight away.
        </Trans>
      </p>
      <h2>
        <Trans>Two ways to leave</Trans>
      </h2>
      <ul>
        <li>
          <Trans>
            Press the <strong>Quick exit</strong> button at the top of any page.
          </Trans>
        </li>
        <li>
          <Trans>
            On a keyboard, press the <kbd>Shift</kbd> key 3 times, one after another. Each press
            needs to be within 5 seconds of the last.
          </Trans>
        </li>
      </ul>
      <p>
        <Trans>
          Harbour hides the page at once and opens an ordinary weather website instead. Once a page
          of Harbour has finished loading, pressing the browser&rsquo;s back button won&rsquo;t take
          you back into Harbour. (On a very slow connection, or with JavaScript turned off, the
          button still opens the weather website, but Back may return to the page you were on.)
        </Trans>
      </p>
      <h2>
        <Trans>What quick exit can&rsquo;t do</Trans>
      </h2>
      <p>
        <Trans>
          It doesn&rsquo;t delete your browser history. Someone looking through the history could
          still see that you visited Harbour.
        </Trans>
      </p>
      <h2>
        <Trans>Keeping your visits private</Trans>
      </h2>
      <ul>
        <li>
          <Trans>
            Use a private or incognito window. The browser then forgets the pages you visited when
            you close it. (Anything you save in Harbour in a private window is forgotten too.)
          </Trans>
        </li>
        <li>
          <Trans>
            Or remove Harbour from your history afterwards. In most browsers you&rsquo;ll find this
            in the menu under History.
          </Trans>
        </li>
        <li>
          <Trans>
            You can also set a passcode on My space, so nobody else who picks up your phone can open
            what you have written.
          </Trans>
        </li>
      </ul>
      <p>
        <Trans>
          If you are not safe at home, you can still <Link to="/help">get help now</Link>. Childline
          calls don&rsquo;t show on phone bills.
        </Trans>
      </p>
    </div>
  )
}

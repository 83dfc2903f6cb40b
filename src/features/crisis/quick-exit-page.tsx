import { Link } from 'react-router'
import { PageHeading } from '../../ui/page-heading.tsx'

export function QuickExitPage() {
  return (
    <div className="prose">
      <PageHeading>How quick exit works</PageHeading>
      <p className="lead">
        If someone comes near and you don&rsquo;t want them to see Harbour, you can leave it
        straight away.
      </p>
      <h2>Two ways to leave</h2>
      <ul>
        <li>
          Press the <strong>Quick exit</strong> button at the top of any page.
        </li>
        <li>
          On a keyboard, press the <kbd>Shift</kbd> key 3 times, one after another. Each press needs
          to be within 5 seconds of the last.
        </li>
      </ul>
      <p>
        Harbour hides the page at once and opens an ordinary weather website instead. Once a page of
        Harbour has finished loading, pressing the browser&rsquo;s back button won&rsquo;t take you
        back into Harbour. (On a very slow connection, or with JavaScript turned off, the button
        still opens the weather website, but Back may return to the page you were on.)
      </p>
      <h2>What quick exit can&rsquo;t do</h2>
      <p>
        It doesn&rsquo;t delete your browser history. Someone looking through the history could
        still see that you visited Harbour.
      </p>
      <h2>Keeping your visits private</h2>
      <ul>
        <li>
          Use a private or incognito window. The browser then forgets the pages you visited when you
          close it. (Anything you save in Harbour in a private window is forgotten too.)
        </li>
        <li>
          Or remove Harbour from your history afterwards. In most browsers you&rsquo;ll find this in
          the menu under History.
        </li>
        <li>
          You can also set a passcode on My space, so nobody else who picks up your phone can open
          what you have written.
        </li>
      </ul>
      <p>
        If you are not safe at home, you can still <Link to="/help">get help now</Link>. Childline
        calls don&rsquo;t show on phone bills.
      </p>
    </div>
  )
}

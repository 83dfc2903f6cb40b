import { Trans } from '@lingui/react/macro'
import { contactHref } from '../../../lib/contact-schema.ts'
import { crisisContacts } from '../../crisis/crisis-contacts.ts'
import { ArticleLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles } from './guide-links.ts'

const samaritans = crisisContacts.find((contact) => contact.id === 'samaritans')
const samaritansCall = samaritans?.actions.find((action) => action.kind === 'call')

export function HelpForYouSection() {
  const name = samaritans?.name
  const label = samaritansCall?.label
  return (
    <section aria-labelledby="parents-for-you">
      <h2 id="parents-for-you">
        <Trans>Help for you</Trans>
      </h2>
      <div className="prose">
        <p>
          <Trans>
            Caring for a child who is struggling is hard, and it can be lonely. Your feelings matter
            too, and you can help your child more when you have support yourself.
          </Trans>
        </p>
        <ul>
          <li>
            <Trans>
              Talk to someone you trust: a partner, friend, family member or another parent.
            </Trans>
          </li>
          <li>
            <Trans>A parents’ helpline can listen and help you think about what to do next.</Trans>
          </li>
          <li>
            <Trans>If you are finding it hard to cope, your own GP can help you too.</Trans>
          </li>
          <li>
            <Trans>
              Small breaks, sleep and time for yourself are not selfish. They help you keep going.
            </Trans>
          </li>
        </ul>
        {samaritansCall && (
          <p>
            <Trans>
              If you need someone to listen right now, {name} are there day and night:{' '}
              <a href={contactHref(samaritansCall)}>{label}</a>.
            </Trans>
          </p>
        )}
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.forYou)} />
    </section>
  )
}

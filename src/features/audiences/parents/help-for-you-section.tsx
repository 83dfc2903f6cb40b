import { contactHref } from '../../../lib/contact-schema.ts'
import { crisisContacts } from '../../crisis/crisis-contacts.ts'
import { ArticleLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles } from './guide-links.ts'

const samaritans = crisisContacts.find((contact) => contact.id === 'samaritans')
const samaritansCall = samaritans?.actions.find((action) => action.kind === 'call')

export function HelpForYouSection() {
  return (
    <section aria-labelledby="parents-for-you">
      <h2 id="parents-for-you">Help for you</h2>
      <div className="prose">
        <p>
          Caring for a child who is struggling is hard, and it can be lonely. Your feelings matter
          too, and you can help your child more when you have support yourself.
        </p>
        <ul>
          <li>Talk to someone you trust: a partner, friend, family member or another parent.</li>
          <li>A parents&rsquo; helpline can listen and help you think about what to do next.</li>
          <li>If you are finding it hard to cope, your own GP can help you too.</li>
          <li>
            Small breaks, sleep and time for yourself are not selfish. They help you keep going.
          </li>
        </ul>
        {samaritans && samaritansCall && (
          <p>
            If you need someone to listen right now, {samaritans.name} are there day and night:{' '}
            <a href={contactHref(samaritansCall)}>{samaritansCall.label}</a>.
          </p>
        )}
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.forYou)} />
    </section>
  )
}

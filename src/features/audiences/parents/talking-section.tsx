import { Trans } from '@lingui/react/macro'
import { ArticleLinks, ToolLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles, toolsToTryTogether } from './guide-links.ts'

export function TalkingSection() {
  return (
    <section aria-labelledby="parents-talking">
      <h2 id="parents-talking">
        <Trans>How to talk about it</Trans>
      </h2>
      <div className="prose">
        <p>
          <Trans>
            There is no perfect way to start, and you don’t need to have the answers. What helps
            most is your child knowing you will listen.
          </Trans>
        </p>
        <ul>
          <li>
            <Trans>
              Talk side by side: in the car, on a walk or while cooking. It can feel easier than
              sitting face to face.
            </Trans>
          </li>
          <li>
            <Trans>
              Say what you have noticed, kindly: “You’ve seemed quieter lately. I’m here if you want
              to talk.”
            </Trans>
          </li>
          <li>
            <Trans>Listen more than you talk. You don’t have to fix things straight away.</Trans>
          </li>
          <li>
            <Trans>
              If they don’t want to talk yet, that is all right. Let them know the door is open, and
              try again another day.
            </Trans>
          </li>
          <li>
            <Trans>
              If you are worried they might hurt themselves, it is all right to ask them directly.
              Asking does not put the idea in their head, and it can be a relief to be asked.
            </Trans>
          </li>
        </ul>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.talking)} />
      <h3>
        <Trans>Tools you could try together</Trans>
      </h3>
      <p className="prose">
        <Trans>
          Short exercises that work on any phone, with no sign-up. Trying one together can be an
          easier way in than a big talk.
        </Trans>
      </p>
      <ToolLinks tools={toolsToTryTogether()} />
    </section>
  )
}

import { ArticleLinks, ToolLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles, toolsToTryTogether } from './guide-links.ts'

export function TalkingSection() {
  return (
    <section aria-labelledby="parents-talking">
      <h2 id="parents-talking">How to talk about it</h2>
      <div className="prose">
        <p>
          There is no perfect way to start, and you don&rsquo;t need to have the answers. What helps
          most is your child knowing you will listen.
        </p>
        <ul>
          <li>
            Talk side by side: in the car, on a walk or while cooking. It can feel easier than
            sitting face to face.
          </li>
          <li>
            Say what you have noticed, kindly: &ldquo;You&rsquo;ve seemed quieter lately. I&rsquo;m
            here if you want to talk.&rdquo;
          </li>
          <li>Listen more than you talk. You don&rsquo;t have to fix things straight away.</li>
          <li>
            If they don&rsquo;t want to talk yet, that is all right. Let them know the door is open,
            and try again another day.
          </li>
          <li>
            If you are worried they might hurt themselves, it is all right to ask them directly.
            Asking does not put the idea in their head, and it can be a relief to be asked.
          </li>
        </ul>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.talking)} />
      <h3>Tools you could try together</h3>
      <p className="prose">
        Short exercises that work on any phone, with no sign-up. Trying one together can be an
        easier way in than a big talk.
      </p>
      <ToolLinks tools={toolsToTryTogether()} />
    </section>
  )
}

import { ArticleLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles } from './guide-links.ts'

export function WhatsHappeningSection() {
  return (
    <section aria-labelledby="parents-happening">
      <h2 id="parents-happening">What might be happening with my child?</h2>
      <div className="prose">
        <p>
          Every child has hard days, and moods that come and go are part of growing up. It may be
          more than that if a change lasts more than a couple of weeks, gets in the way of school,
          friends or sleep, or just doesn&rsquo;t seem like your child. You know them best: if
          something feels wrong, it is worth taking seriously.
        </p>
        <p>Things parents and carers often notice:</p>
        <ul>
          <li>sleeping or eating a lot more, or a lot less</li>
          <li>pulling away from friends, family or things they used to enjoy</li>
          <li>seeming very worried, irritable, tearful or flat</li>
          <li>not wanting to go to school, or struggling once they are there</li>
          <li>hurting themselves, or talking about not wanting to be here</li>
        </ul>
        <p>
          If you are worried about their safety, use the numbers at the top of this page. Otherwise,
          these short reads explain more:
        </p>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.happening)} />
    </section>
  )
}

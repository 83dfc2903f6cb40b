import { Trans } from '@lingui/react/macro'
import { ArticleLinks } from '../article-links.tsx'
import { GUIDE_ARTICLES, guideArticles } from './guide-links.ts'

export function WhatsHappeningSection() {
  return (
    <section aria-labelledby="parents-happening">
      <h2 id="parents-happening">
        <Trans>What might be happening with my child?</Trans>
      </h2>
      <div className="prose">
        <p>
          <Trans>
            Every child has hard days, and moods that come and go are part of growing up. It may be
            more than that if a change lasts more than a couple of weeks, gets in the way of school,
            friends or sleep, or just doesn’t seem like your child. You know them best: if something
            feels wrong, it is worth taking seriously.
          </Trans>
        </p>
        <p>
          <Trans>Things parents and carers often notice:</Trans>
        </p>
        <ul>
          <li>
            <Trans>sleeping or eating a lot more, or a lot less</Trans>
          </li>
          <li>
            <Trans>pulling away from friends, family or things they used to enjoy</Trans>
          </li>
          <li>
            <Trans>seeming very worried, irritable, tearful or flat</Trans>
          </li>
          <li>
            <Trans>not wanting to go to school, or struggling once they are there</Trans>
          </li>
          <li>
            <Trans>hurting themselves, or talking about not wanting to be here</Trans>
          </li>
        </ul>
        <p>
          <Trans>
            If you are worried about their safety, use the numbers at the top of this page.
            Otherwise, these short reads explain more:
          </Trans>
        </p>
      </div>
      <ArticleLinks articles={guideArticles(GUIDE_ARTICLES.happening)} />
    </section>
  )
}

import { Trans } from '@lingui/react/macro'

/**
 * Where the goals idea comes from, and what it is not. Goal Based Outcomes (GBOs) were developed
 * by Dr Duncan Law and Jenna Jacob; the GBO forms are free to use, without a fee, under a
 * Creative Commons licence (BY-NC-SA 4.0) that asks for credit.
 */
export function GboSource() {
  return (
    <p className="small-print goals-source">
      <Trans>
        Goals here follow Goal Based Outcomes (GBOs), by Dr Duncan Law and Jenna Jacob, which are
        free to use under the Creative Commons BY-NC-SA 4.0 licence. It isn’t a test and there’s no
        score to reach: it’s just a way for you to notice change.
      </Trans>
    </p>
  )
}

import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router'

/** A tag on a result card: the demo area's local services are made up, and must look it. */
export function SampleLabel() {
  return (
    <p className="sample-label">
      <Trans>
        <strong>Sample service</strong> <span>(made up for the demo, not real)</span>
      </Trans>
    </p>
  )
}

/** The service page's notice for a made-up service, before anything else about it. */
export function SampleNotice() {
  return (
    <div className="sample-notice">
      <p className="sample-notice__title">
        <strong>
          <Trans>This is a sample service</Trans>
        </strong>
      </p>
      <p>
        <Trans>
          It was made up to show how Harbour works. It is not a real service, so its phone numbers,
          email and website will not reach anyone.
        </Trans>
      </p>
      <p>
        <Trans>
          If you need to talk to someone now, <Link to="/help">get help now</Link>.
        </Trans>
      </p>
    </div>
  )
}

import { Trans } from '@lingui/react/macro'

interface Props {
  /** True when it was open here and went away: deleted in another tab or window. */
  wasOpen: boolean
  /** A note typed here that was not saved, so it can be copied rather than lost. */
  unsavedNote?: string
}

/** A check-in that is not (or no longer) on this device: said kindly, with no blame. */
export function CheckInGone({ wasOpen, unsavedNote }: Props) {
  return (
    <div className="callout check-in-gone">
      {wasOpen ? (
        <p>
          <Trans>
            It looks like this check-in was deleted in another tab or window, so the changes made
            here could not be saved.
          </Trans>
        </p>
      ) : (
        <p>
          <Trans>
            We can’t find that check-in on this device. It may have been deleted, or the link may be
            old.
          </Trans>
        </p>
      )}
      {unsavedNote && (
        <>
          <p>
            <Trans>Here is the note you wrote, in case you want to copy it somewhere:</Trans>
          </p>
          <blockquote className="check-in-gone__note">{unsavedNote}</blockquote>
        </>
      )}
    </div>
  )
}

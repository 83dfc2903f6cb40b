import { Trans } from '@lingui/react/macro'

interface Props {
  onShowUsualOrder: () => void
}

/** Through the parents' door, say why the order is as it is, and how to change it. */
export function ParentsDoorNote({ onShowUsualOrder }: Props) {
  return (
    <div className="callout parents-door-note">
      <p>
        <Trans>
          You are looking as a parent or carer, so services for parents and carers come first.
        </Trans>
      </p>
      <button type="button" className="button" onClick={onShowUsualOrder}>
        <Trans>Show the usual order</Trans>
      </button>
    </div>
  )
}

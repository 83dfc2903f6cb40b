interface Props {
  onShowUsualOrder: () => void
}

/** Through the parents' door, say why the order is as it is, and how to change it. */
export function ParentsDoorNote({ onShowUsualOrder }: Props) {
  return (
    <div className="callout parents-door-note">
      <p>You are looking as a parent or carer, so services for parents and carers come first.</p>
      <button type="button" className="button" onClick={onShowUsualOrder}>
        Show the usual order
      </button>
    </div>
  )
}

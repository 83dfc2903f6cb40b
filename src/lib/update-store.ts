/**
 * What the "new version" banner shows. A waiting service worker and a database upgraded by another
 * tab both end in the same place: the person chooses when to reload, so nothing they are typing
 * is lost to a silent refresh.
 */
export type UpdateReason = 'new-version' | 'other-tab-upgraded'

type Listener = () => void

let reason: UpdateReason | undefined
let applyUpdate: () => Promise<void> = async () => window.location.reload()
const listeners = new Set<Listener>()

function emit() {
  for (const listener of listeners) listener()
}

export function offerUpdate(next: UpdateReason, apply?: () => Promise<void>): void {
  reason = next
  if (apply) applyUpdate = apply
  emit()
}

export function dismissUpdate(): void {
  reason = undefined
  emit()
}

export function acceptUpdate(): Promise<void> {
  return applyUpdate()
}

export function getUpdateReason(): UpdateReason | undefined {
  return reason
}

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { SavedItemKind, SavedItemRow } from '../../../db/rows.ts'

/** Where a saved item lives in Harbour. Refs are encoded: they come from the device's storage. */
export function savedItemHref(item: Pick<SavedItemRow, 'kind' | 'ref'>): string {
  const ref = encodeURIComponent(item.ref)
  switch (item.kind) {
    case 'article':
      return `/self-help/${ref}`
    case 'tool':
      return `/tools/${ref}`
    case 'service':
      return `/find-support/${ref}`
  }
}

export const savedGroups: readonly { kind: SavedItemKind; heading: MessageDescriptor }[] = [
  { kind: 'article', heading: msg`Articles` },
  { kind: 'tool', heading: msg`Tools` },
  { kind: 'service', heading: msg`Services` },
]

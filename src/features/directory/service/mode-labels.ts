import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { DeliveryMode } from '../service-model.ts'

/** Ways of getting help, in words (icons are never the only label). */
export const MODE_NAMES: Record<DeliveryMode, MessageDescriptor> = {
  online: msg`Online`,
  phone: msg`Phone`,
  text: msg`Text`,
  'face-to-face': msg`Face to face`,
  group: msg`Group`,
  'drop-in': msg`Drop-in`,
  'home-visit': msg`Home visits`,
}

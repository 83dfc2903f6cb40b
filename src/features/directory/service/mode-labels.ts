import type { DeliveryMode } from '../service-model.ts'

/** Ways of getting help, in words (icons are never the only label). */
export const MODE_LABELS: Record<DeliveryMode, string> = {
  online: 'Online',
  phone: 'Phone',
  text: 'Text',
  'face-to-face': 'Face to face',
  group: 'Group',
  'drop-in': 'Drop-in',
  'home-visit': 'Home visits',
}

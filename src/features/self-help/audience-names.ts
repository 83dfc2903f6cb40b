import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { Audience } from './article-meta.ts'

/** Who an article is written for, in words for people. */
export const AUDIENCE_NAMES: Record<Audience, MessageDescriptor> = {
  'young-people': msg`Young people`,
  parents: msg`Parents and carers`,
  'school-staff': msg`School staff`,
}

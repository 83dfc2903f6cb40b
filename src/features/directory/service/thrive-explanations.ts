import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { ThriveGrouping } from '../service-model.ts'

/** THRIVE's groupings by name, in the interface language (the data keeps the English labels). */
export const THRIVE_NAMES: Record<ThriveGrouping, MessageDescriptor> = {
  Thriving: msg`Thriving`,
  'Getting Advice': msg`Getting Advice`,
  'Getting Help': msg`Getting Help`,
  'Getting More Help': msg`Getting More Help`,
  'Getting Risk Support': msg`Getting Risk Support`,
}

/** THRIVE's groupings in plain words, so a person can tell what kind of help a service gives. */
export const THRIVE_EXPLANATIONS: Record<ThriveGrouping, MessageDescriptor> = {
  Thriving: msg`Staying well: ideas, activities and groups to help you look after how you feel.`,
  'Getting Advice': msg`Advice and someone to talk to, often just once or a few times.`,
  'Getting Help': msg`Regular help from a trained person, like counselling, for a while.`,
  'Getting More Help': msg`More help from a specialist team, usually for longer, and often after someone refers you.`,
  'Getting Risk Support': msg`Help when you or someone else is not safe, including right now.`,
}

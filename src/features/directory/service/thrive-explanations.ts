import type { ThriveGrouping } from '../service-model.ts'

/** THRIVE's groupings in plain words, so a person can tell what kind of help a service gives. */
export const THRIVE_EXPLANATIONS: Record<ThriveGrouping, string> = {
  Thriving: 'Staying well: ideas, activities and groups to help you look after how you feel.',
  'Getting Advice': 'Advice and someone to talk to, often just once or a few times.',
  'Getting Help': 'Regular help from a trained person, like counselling, for a while.',
  'Getting More Help':
    'More help from a specialist team, usually for longer, and often after someone refers you.',
  'Getting Risk Support': 'Help when you or someone else is not safe, including right now.',
}

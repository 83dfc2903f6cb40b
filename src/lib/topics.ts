/**
 * What an article or a service is about: one vocabulary for self-help and Find support, so an
 * article can always lead to services on the same topic (no wrong door). These are the English
 * names, for matching English search words; the interface shows `topicName` (topic-names.ts), in
 * the page's language. This file stays free of Lingui's macros: the build's own config reads it.
 */
/* eslint-disable lingui/no-unlocalized-strings -- English names for search; see TOPIC_NAMES */
export const TOPICS = {
  anxiety: 'Anxiety and worry',
  'low-mood': 'Low mood',
  stress: 'Stress and exams',
  sleep: 'Sleep',
  friendships: 'Friendships',
  bullying: 'Bullying',
  family: 'Family and home',
  grief: 'Grief and loss',
  'self-harm': 'Self-harm',
  'suicidal-thoughts': 'Suicidal thoughts',
  'body-image': 'Body image and eating',
  anger: 'Anger',
  loneliness: 'Loneliness',
  identity: 'Identity and LGBTQ+',
  transitions: 'Changes and moving on',
  online: 'Online life',
  neurodiversity: 'ADHD and autism',
  school: 'School',
  caring: 'Young carers',
  'drugs-alcohol': 'Drugs and alcohol',
  relationships: 'Relationships',
  money: 'Money',
  'getting-help': 'Getting help',
  parenting: 'Parenting',
  'early-years': 'Under-5s',
  wellbeing: 'Wellbeing',
} as const
/* eslint-enable lingui/no-unlocalized-strings */

export type Topic = keyof typeof TOPICS

export const TOPIC_IDS = Object.keys(TOPICS) as Topic[]

export function isTopic(value: string): value is Topic {
  return Object.hasOwn(TOPICS, value)
}

import type { I18n, MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { Topic } from './topics.ts'

/** Each topic's name for the interface, in the page's language. */
export const TOPIC_NAMES: Record<Topic, MessageDescriptor> = {
  anxiety: msg`Anxiety and worry`,
  'low-mood': msg`Low mood`,
  stress: msg`Stress and exams`,
  sleep: msg`Sleep`,
  friendships: msg`Friendships`,
  bullying: msg`Bullying`,
  family: msg`Family and home`,
  grief: msg`Grief and loss`,
  'self-harm': msg`Self-harm`,
  'suicidal-thoughts': msg`Suicidal thoughts`,
  'body-image': msg`Body image and eating`,
  anger: msg`Anger`,
  loneliness: msg`Loneliness`,
  identity: msg`Identity and LGBTQ+`,
  transitions: msg`Changes and moving on`,
  online: msg`Online life`,
  neurodiversity: msg`ADHD and autism`,
  school: msg`School`,
  caring: msg`Young carers`,
  'drugs-alcohol': msg`Drugs and alcohol`,
  relationships: msg`Relationships`,
  money: msg`Money`,
  'getting-help': msg`Getting help`,
  parenting: msg`Parenting`,
  'early-years': msg`Under-5s`,
  wellbeing: msg`Wellbeing`,
}

export function topicName(topic: Topic, i18n: I18n): string {
  return i18n._(TOPIC_NAMES[topic])
}

/**
 * A topic's name inside a sentence ("Find support for low mood"): its first letter made small,
 * unless it starts with letters that stay capitals (ADHD).
 */
export function topicNameInSentence(topic: Topic, i18n: I18n): string {
  const name = topicName(topic, i18n)
  const [first = '', second = ''] = name
  if (second !== second.toLocaleLowerCase(i18n.locale)) return name
  return first.toLocaleLowerCase(i18n.locale) + name.slice(1)
}

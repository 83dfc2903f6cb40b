import { describe, expect, it } from 'vitest'
import { i18nFor } from '../i18n/i18n-instances.ts'
import { topicName, topicNameInSentence } from './topic-names.ts'
import { TOPIC_IDS, TOPICS } from './topics.ts'

describe('topic names', () => {
  it('names every topic in English as the search vocabulary does', () => {
    const en = i18nFor('en')
    for (const topic of TOPIC_IDS) expect(topicName(topic, en)).toBe(TOPICS[topic])
  })

  it('names topics in Welsh', () => {
    expect(topicName('low-mood', i18nFor('cy'))).toBe('Hwyliau isel')
  })

  it('makes the first letter small inside a sentence, but keeps capitals like ADHD', () => {
    const en = i18nFor('en')
    expect(topicNameInSentence('low-mood', en)).toBe('low mood')
    expect(topicNameInSentence('neurodiversity', en)).toBe('ADHD and autism')
    expect(topicNameInSentence('identity', en)).toBe('identity and LGBTQ+')
  })
})

import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'

/** The five steps of 5-4-3-2-1 grounding: from the easiest sense to notice to the hardest. */
export interface GroundingStep {
  count: number
  sense: string
  heading: MessageDescriptor
  prompt: MessageDescriptor
}

export const groundingSteps: readonly GroundingStep[] = [
  {
    count: 5,
    sense: 'see',
    heading: msg`5 things you can see`,
    prompt: msg`Look around you. Find five things you can see. They can be big or small, near or far. Notice their colour and shape.`,
  },
  {
    count: 4,
    sense: 'feel',
    heading: msg`4 things you can feel`,
    prompt: msg`Notice four things you can feel. It could be your feet on the floor, your clothes on your skin, or something in your hand.`,
  },
  {
    count: 3,
    sense: 'hear',
    heading: msg`3 things you can hear`,
    prompt: msg`Listen carefully. Find three sounds. They might be far away, like traffic, or close, like your own breathing.`,
  },
  {
    count: 2,
    sense: 'smell',
    heading: msg`2 things you can smell`,
    prompt: msg`Find two things you can smell. If you can't smell anything, think of two smells you like.`,
  },
  {
    count: 1,
    sense: 'taste',
    heading: msg`1 thing you can taste`,
    prompt: msg`Notice one thing you can taste. If you can't taste anything, think of a taste you like, or have a sip of water.`,
  },
]

/** One empty answer per thing to find, step by step. */
export function emptyAnswers(): string[][] {
  return groundingSteps.map((step) => Array.from({ length: step.count }, () => ''))
}

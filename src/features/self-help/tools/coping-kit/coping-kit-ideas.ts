import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'

/**
 * Ideas a person can add with one tap. Everyday, free, and safe for any age. An idea goes into
 * the kit in the words of the language it was added in; after that it is the person's own.
 */
export const ideaGroups: readonly {
  title: MessageDescriptor
  ideas: readonly MessageDescriptor[]
}[] = [
  {
    title: msg`Calm my body`,
    ideas: [
      msg`Take five slow breaths`,
      msg`Wrap up in a blanket`,
      msg`Have a warm drink`,
      msg`Have a shower`,
    ],
  },
  {
    title: msg`Be with someone`,
    ideas: [msg`Message a friend`, msg`Talk to someone I trust`, msg`Cuddle a pet`],
  },
  {
    title: msg`Move`,
    ideas: [msg`Go for a walk`, msg`Dance to a song`, msg`Stretch`],
  },
  {
    title: msg`Take my mind off it`,
    ideas: [
      msg`Listen to a song I love`,
      msg`Draw or doodle`,
      msg`Watch something funny`,
      msg`Play a game`,
    ],
  },
]

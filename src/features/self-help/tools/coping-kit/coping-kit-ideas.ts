/** Ideas a person can add with one tap. Everyday, free, and safe for any age. */
export const ideaGroups: readonly { title: string; ideas: readonly string[] }[] = [
  {
    title: 'Calm my body',
    ideas: ['Take five slow breaths', 'Wrap up in a blanket', 'Have a warm drink', 'Have a shower'],
  },
  {
    title: 'Be with someone',
    ideas: ['Message a friend', 'Talk to someone I trust', 'Cuddle a pet'],
  },
  {
    title: 'Move',
    ideas: ['Go for a walk', 'Dance to a song', 'Stretch'],
  },
  {
    title: 'Take my mind off it',
    ideas: ['Listen to a song I love', 'Draw or doodle', 'Watch something funny', 'Play a game'],
  },
]

import { beforeEach, describe, expect, it } from 'vitest'
import {
  emptyAboutMe,
  getAboutMe,
  isAboutMeEmpty,
  parseAboutMe,
  saveAboutMe,
  type AboutMe,
} from './about-me.ts'
import {
  createTestDatabaseWithLock,
  LOCK_MODES,
  readRecord,
  storeRecord,
} from './lock/test-lock.ts'

const story: AboutMe = {
  preferredName: 'Sam',
  pronouns: 'they/them',
  toKnow: 'I get anxious in new places.',
  whatHelps: 'Time to think before I answer.',
  whatDoesNotHelp: 'Being rushed.',
  contactWays: ['text', 'email'],
  contactNotes: 'After 4pm on weekdays.',
  anythingElse: '',
}

describe.each(LOCK_MODES)('About me on the device, with the lock %s', (mode) => {
  beforeEach(async () => {
    await createTestDatabaseWithLock(mode)
  })

  it('has nothing until something is saved', async () => {
    expect(await getAboutMe()).toBeUndefined()
  })

  it('saves and reads back the whole story, with when it was saved', async () => {
    const saved = await saveAboutMe(story)
    expect(saved.aboutMe).toEqual(story)
    const read = await getAboutMe()
    expect(read?.aboutMe).toEqual(story)
    expect(Date.parse(read?.updatedAt ?? '')).not.toBeNaN()
    expect((await readRecord('documents', 'about-me'))?.data).toEqual(story)
  })

  it('replaces the story on each save', async () => {
    await saveAboutMe(story)
    await saveAboutMe({ ...emptyAboutMe(), pronouns: 'she/her' })
    expect((await getAboutMe())?.aboutMe).toEqual({ ...emptyAboutMe(), pronouns: 'she/her' })
  })

  it('reads a damaged record without crashing, keeping every part that is still good', async () => {
    await storeRecord('documents', {
      id: 'about-me',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: {
        preferredName: 42,
        pronouns: 'he/him',
        toKnow: null,
        contactWays: ['text', 'carrier pigeon', 'text', 7],
        whatHelps: 'x'.repeat(9000),
        extra: 'from a newer version',
      },
    })
    const read = await getAboutMe()
    expect(read?.aboutMe).toMatchObject({
      preferredName: '',
      pronouns: 'he/him',
      toKnow: '',
      contactWays: ['text'],
      anythingElse: '',
    })
    expect(read?.aboutMe.whatHelps).toHaveLength(4000)
    expect(read?.aboutMe).not.toHaveProperty('extra')
  })

  it('reads anything at all as an About me', () => {
    for (const junk of [null, undefined, 'text', 3, [], [1, 2], { contactWays: 'text' }]) {
      expect(parseAboutMe(junk)).toEqual(emptyAboutMe())
    }
  })

  it('knows when nothing has been written', () => {
    expect(isAboutMeEmpty(emptyAboutMe())).toBe(true)
    expect(isAboutMeEmpty({ ...emptyAboutMe(), toKnow: '   ' })).toBe(true)
    expect(isAboutMeEmpty({ ...emptyAboutMe(), contactWays: ['letter'] })).toBe(false)
    expect(isAboutMeEmpty(story)).toBe(false)
  })
})

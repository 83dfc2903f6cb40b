import { describe, expect, it } from 'vitest'
import { saveAboutMe, emptyAboutMe } from '../about-me.ts'
import { dumpDatabase } from '../backup/backup-test-data.ts'
import { addCheckIn } from '../check-ins.ts'
import { saveCopingKit } from '../coping-kit.ts'
import { addGoal, rateGoal } from '../goals.ts'
import { emptySafetyPlan, saveSafetyPlan } from '../safety-plan.ts'
import { saveItem } from '../saved-items.ts'
import { createTestDatabase } from '../test-harness.ts'
import { saveToolEntry } from '../tool-entries.ts'
import { turnLockOn } from './passcode-lock.ts'
import { FAST_ITERATIONS, TEST_PASSCODE } from './test-lock.ts'

/** Words a person might write, each unlikely to turn up by chance in a sealed blob. */
const SECRETS = [
  'Argued with Jamie about the party',
  'overwhelmed',
  'Walk the dog every morning',
  'Auntie Rosa',
  '07700 900456',
  'My little brother',
  'Oakfield Drop-in',
  'exam-stress-tips',
  'Fear of failing maths',
  'Hot chocolate and a blanket',
  'Please call me Robin',
  'ze/zir',
]

async function writeEverythingPersonal() {
  await addCheckIn({
    mood: 1,
    feelings: ['overwhelmed'],
    happenings: ['family'],
    note: 'Argued with Jamie about the party',
    unsafe: true,
    ons: { happiness: 2 },
  })
  const goal = await addGoal('Walk the dog every morning')
  await rateGoal(goal.id, 4)
  await saveSafetyPlan({
    ...emptySafetyPlan(),
    people: [{ id: 'p', text: 'Auntie Rosa', phone: '07700 900456' }],
    reasons: [{ id: 'r', text: 'My little brother' }],
  })
  await saveItem({ kind: 'service', ref: 'oakfield', title: 'Oakfield Drop-in' })
  await saveItem({ kind: 'article', ref: 'exam-stress-tips', title: 'Exams' })
  await saveToolEntry('worry-tree', { worry: 'Fear of failing maths' })
  await saveCopingKit([{ id: 'k', text: 'Hot chocolate and a blanket' }])
  await saveAboutMe({
    ...emptyAboutMe(),
    preferredName: 'Please call me Robin',
    pronouns: 'ze/zir',
  })
}

function readableSecrets(dump: string): string[] {
  return SECRETS.filter((secret) => dump.includes(JSON.stringify(secret).slice(1, -1)))
}

describe('what is kept on the device while the lock is on', () => {
  it('shows none of what a person wrote when written while locked', async () => {
    const database = createTestDatabase()
    await turnLockOn(TEST_PASSCODE, { iterations: FAST_ITERATIONS })
    await writeEverythingPersonal()
    const dump = await dumpDatabase(database)
    expect(readableSecrets(dump)).toEqual([])
    // Not even which feeling, mood or kind of thing: only ids, times, a goal's id and a tool.
    expect(dump).not.toMatch(/"mood"|"feelings"|"kind"|"title"|"rating"|"data"/)
    expect(dump).toContain('worry-tree')
  })

  it('shows none of what was written before the lock was turned on', async () => {
    const database = createTestDatabase()
    await writeEverythingPersonal()
    // Proof that the check can fail: with the lock off, every secret is there to read.
    expect(readableSecrets(await dumpDatabase(database))).toEqual(SECRETS)
    await turnLockOn(TEST_PASSCODE, { iterations: FAST_ITERATIONS })
    expect(readableSecrets(await dumpDatabase(database))).toEqual([])
  })
})

import { beforeEach, describe, expect, inject, it } from 'vitest'
import { DAY_MS, useSyncApi } from '../testing/sync-api-harness.ts'
import { fakeOp } from '../testing/sync-client.ts'
import { STORE_KINDS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')

// A pull reads the account and its ops in one go, then checks the token: these hold the
// answers to what they were when the token was checked first, in a read of its own.
describe.each(STORE_KINDS)('the sync API on %s: a pull checks the token', (kind) => {
  const api = useSyncApi(kind, postgresUrl)

  beforeEach(async () => {
    await api.start()
    await api.createAccount()
    expect((await api.push([fakeOp(), fakeOp()])).statusCode).toBe(200)
  })

  it('answers a wrong token with the 401 an unknown account gets, and none of the ops', async () => {
    const pushed = (await api.pull(0)).json().ops as Array<{ ct: string }>
    const wrongToken = { authorization: `Bearer ${'A'.repeat(42)}E` }
    const wrong = await api.call({ url: `${api.base()}/ops?after=0`, headers: wrongToken })
    const unknown = await api.call({
      url: `/api/v1/accounts/${'B'.repeat(42)}E/ops?after=0`,
      headers: api.device.headers,
    })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    for (const op of pushed) expect(wrong.body).not.toContain(op.ct)
  })

  it('tells a wrong token before a query it cannot take, and the right one about the query', async () => {
    const wrongToken = { authorization: `Bearer ${'A'.repeat(42)}E` }
    const bad = `${api.base()}/ops?after=-1`
    expect((await api.call({ url: bad, headers: wrongToken })).statusCode).toBe(401)
    const refused = await api.call({ url: bad, headers: api.device.headers })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error).toMatch(/^The query parameter after /)
  })

  it('marks the account used on the day of a pull', async () => {
    api.now += 3 * DAY_MS
    expect((await api.pull(0)).statusCode).toBe(200)
    const account = await api.server.store.findAccount(api.device.accountId)
    expect(account?.lastUsedDay).toBe(new Date(api.now).toISOString().slice(0, 10))
  })
})

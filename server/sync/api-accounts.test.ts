import { beforeEach, describe, expect, inject, it } from 'vitest'
import { DAY_MS, useSyncApi } from '../testing/sync-api-harness.ts'
import { fakeOp, testDevice } from '../testing/sync-client.ts'
import { STORE_KINDS } from '../testing/sync-stores.ts'
import { expireUnusedAccounts } from './expiry-job.ts'

const postgresUrl = inject('postgresUrl')

describe.each(STORE_KINDS)('the sync API on %s: accounts', (kind) => {
  const api = useSyncApi(kind, postgresUrl)

  beforeEach(() => api.start())

  it('makes an account, then confirms it to the same token', async () => {
    const made = await api.createAccount()
    expect(made.json()).toEqual({ serverTime: api.now })
    expect(made.headers['cache-control']).toBe('no-store')
    const again = await api.call({
      method: 'PUT',
      url: api.base(),
      headers: api.device.headers,
      body: {},
    })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ serverTime: api.now })
    const noBody = await api.call({ method: 'PUT', url: api.base(), headers: api.device.headers })
    expect(noBody.statusCode).toBe(200)
  })

  it('gives an unknown account and a wrong token the same 401', async () => {
    await api.createAccount()
    const stranger = await testDevice()
    const wrongToken = await api.call({
      url: `${api.base()}/ops?after=0`,
      headers: stranger.headers,
    })
    const unknown = await api.pull(0, undefined, stranger)
    const claim = await api.call({
      method: 'PUT',
      url: api.base(),
      headers: stranger.headers,
      body: {},
    })
    for (const response of [wrongToken, unknown, claim]) {
      expect(response.statusCode).toBe(401)
      expect(response.headers['www-authenticate']).toBe('Bearer realm="harbour-sync"')
      expect(response.json()).toEqual({
        error: 'No synced data matches this account and token: check the recovery key',
        serverTime: api.now,
      })
    }
  })

  it('asks for a bearer token when there is none or it is malformed', async () => {
    await api.createAccount()
    for (const authorization of [undefined, 'Basic abc', `Bearer ${api.device.token}x`, 'Bearer']) {
      const response = await api.call({
        url: `${api.base()}/ops`,
        headers: authorization ? { authorization } : {},
      })
      expect(response.statusCode, authorization).toBe(401)
      expect(response.json().error).toMatch(/^Send the account token as "Authorization: Bearer/)
    }
  })

  it('refuses a malformed account id before looking anything up', async () => {
    const response = await api.call({
      method: 'PUT',
      url: '/api/v1/accounts/not-an-account',
      headers: api.device.headers,
      body: {},
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toBe(
      'The accountId in the path must be an account id (32 bytes) as 43 characters of base64url',
    )
    const long = await api.call({
      url: `/api/v1/accounts/${'A'.repeat(500)}/ops`,
      headers: api.device.headers,
    })
    expect(long.statusCode).toBe(400)
    // Longer than any request line a real connection may carry: refused without repeating it.
    const huge = await api.call({ method: 'PUT', url: `/api/v1/accounts/${'A'.repeat(70_000)}` })
    expect(huge.statusCode).toBe(414)
    expect(huge.json()).toEqual({ error: 'The address is too long' })
    expect(huge.headers['cache-control']).toBe('no-store')
  })

  it('deletes everything, answers a repeated delete alike, and starts afresh after', async () => {
    await api.createAccount()
    await api.push([fakeOp(), fakeOp()])
    const snapshot = { uptoSeq: 1, ...fakeOp() }
    delete (snapshot as { id?: string }).id
    await api.call({
      method: 'PUT',
      url: `${api.base()}/snapshot`,
      headers: api.device.headers,
      body: snapshot,
    })

    const deleted = await api.call({
      method: 'DELETE',
      url: api.base(),
      headers: api.device.headers,
    })
    expect(deleted.statusCode).toBe(204)
    expect(deleted.body).toBe('')
    expect(deleted.headers['cache-control']).toBe('no-store')
    expect((await api.pull(0)).statusCode).toBe(401)
    expect(
      (await api.call({ url: `${api.base()}/snapshot`, headers: api.device.headers })).statusCode,
    ).toBe(401)
    expect(await api.server.store.findAccount(api.device.accountId)).toBeNull()

    const repeated = await api.call({
      method: 'DELETE',
      url: api.base(),
      headers: api.device.headers,
      body: {},
    })
    expect(repeated.statusCode).toBe(204)
    const stranger = await testDevice()
    const wrong = await api.call({ method: 'DELETE', url: api.base(), headers: stranger.headers })
    expect(wrong.statusCode).toBe(401)

    await api.createAccount()
    expect((await api.pull(0)).json()).toMatchObject({ ops: [], hasMore: false })
  })

  it('refuses to delete with a wrong token, leaving the data', async () => {
    await api.createAccount()
    await api.push([fakeOp()])
    const stranger = await testDevice()
    const response = await api.call({
      method: 'DELETE',
      url: api.base(),
      headers: stranger.headers,
    })
    expect(response.statusCode).toBe(401)
    expect((await api.pull(0)).json().ops).toHaveLength(1)
  })

  it('expires an account unused for the documented period', async () => {
    await api.createAccount()
    await api.push([fakeOp()])
    api.now += 200 * DAY_MS
    // Any use counts: this read moves the account's last-used day to day 200.
    expect((await api.pull(0)).statusCode).toBe(200)
    const expireAt = (day: number) =>
      expireUnusedAccounts(api.server.store, {
        expiryDays: 400,
        deletionRecordDays: 30,
        now: () => api.now + (day - 200) * DAY_MS,
      })
    expect(await expireAt(600)).toEqual({ accounts: 0, deletionRecords: 0 })
    expect((await api.pull(0)).statusCode).toBe(200)
    expect(await expireAt(601)).toEqual({ accounts: 1, deletionRecords: 0 })
    expect((await api.pull(0)).statusCode).toBe(401)
  })
})

import { describe, expect, inject, it } from 'vitest'
import { useSyncApi } from '../testing/sync-api-harness.ts'
import { testDevice } from '../testing/sync-client.ts'
import { STORE_KINDS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')

describe.each(STORE_KINDS)('the sync API on %s: rate limits', (kind) => {
  const api = useSyncApi(kind, postgresUrl)

  it('allows 60 requests a minute to an account (here 3), then 429 with when to retry', async () => {
    await api.start({ accountRequestsPerMinute: 3 })
    const first = await api.createAccount()
    expect(first.headers['ratelimit-limit']).toBe('3')
    expect(first.headers['ratelimit-remaining']).toBe('2')
    expect(first.headers['ratelimit-policy']).toBe('3;w=60')
    await api.pull(0)
    await api.pull(0)
    const refused = await api.pull(0)
    expect(refused.statusCode).toBe(429)
    expect(refused.headers['retry-after']).toBe('60')
    expect(refused.headers['ratelimit-remaining']).toBe('0')
    expect(refused.headers['cache-control']).toBe('no-store')
    expect(refused.json().error).toBe(
      'Too many requests for this account: at most 3 a minute. Try again in 60 seconds.',
    )
    // Other accounts are counted on their own.
    const other = await testDevice()
    expect((await api.createAccount(other)).statusCode).toBe(201)
    api.now += 60_000
    expect((await api.pull(0)).statusCode).toBe(200)
  })

  it('allows 5 new accounts an hour from one client; confirming one is free', async () => {
    await api.start({ newAccountsPerHour: 5 })
    const devices = await Promise.all(Array.from({ length: 6 }, () => testDevice()))
    for (const each of devices.slice(0, 5)) await api.createAccount(each)
    const confirm = await api.call({
      method: 'PUT',
      url: api.base(devices[0]),
      headers: devices[0]!.headers,
    })
    expect(confirm.statusCode).toBe(200)

    const sixth = await api.call({
      method: 'PUT',
      url: api.base(devices[5]),
      headers: devices[5]!.headers,
    })
    expect(sixth.statusCode).toBe(429)
    expect(sixth.headers['retry-after']).toBe('3600')
    expect(sixth.headers['ratelimit-policy']).toBe('5;w=3600')
    expect(sixth.json().error).toBe(
      'Too many new sync accounts from this device: at most 5 an hour. Try again in 60 minutes.',
    )
    const elsewhere = await api.call({
      method: 'PUT',
      url: api.base(devices[5]),
      headers: devices[5]!.headers,
      remoteAddress: '192.0.2.44',
    })
    expect(elsewhere.statusCode).toBe(201)
    api.now += 3_600_000
    const later = await testDevice()
    expect((await api.createAccount(later)).statusCode).toBe(201)
  })
})

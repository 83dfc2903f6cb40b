import { beforeEach, describe, expect, inject, it } from 'vitest'
import { literal, useSyncApi } from '../testing/sync-api-harness.ts'
import { fakeOp, sealOp } from '../testing/sync-client.ts'
import { STORE_KINDS } from '../testing/sync-stores.ts'

const postgresUrl = inject('postgresUrl')

describe.each(STORE_KINDS)('the sync API on %s: snapshots', (kind) => {
  const api = useSyncApi(kind, postgresUrl)

  beforeEach(async () => {
    await api.start()
    await api.createAccount()
  })

  const putSnapshot = (body: unknown) =>
    api.call({
      method: 'PUT',
      url: `${api.base()}/snapshot`,
      headers: api.device.headers,
      body: body as object,
    })

  it('stores one, prunes what it covers, and sends early readers to it with a 410', async () => {
    await api.push(Array.from({ length: 4 }, () => fakeOp()))
    const sealed = await sealOp(api.device, { everything: 'so far' })
    const snapshot = { uptoSeq: 3, iv: sealed.iv, ct: sealed.ct }
    const put = await putSnapshot(snapshot)
    expect(put.statusCode).toBe(204)
    expect(put.headers['cache-control']).toBe('no-store')

    const got = await api.call({ url: `${api.base()}/snapshot`, headers: api.device.headers })
    expect(got.statusCode).toBe(200)
    expect(got.json()).toEqual({ ...snapshot, serverTime: api.now })

    const early = await api.pull(1)
    expect(early.statusCode).toBe(410)
    expect(early.json()).toEqual({
      error:
        'The changes up to 3 were folded into a snapshot: restore from GET …/snapshot, then ' +
        'read the changes after its uptoSeq',
      snapshotUptoSeq: 3,
      serverTime: api.now,
    })
    const after = await api.pull(3)
    expect(after.json().ops.map((op: { seq: number }) => op.seq)).toEqual([4])
  })

  it('answers 404 before any snapshot, and 409 for an older or impossible one', async () => {
    const none = await api.call({ url: `${api.base()}/snapshot`, headers: api.device.headers })
    expect(none.statusCode).toBe(404)
    expect(none.json().error).toBe('No snapshot has been stored for this account yet: read from 0')

    await api.push(Array.from({ length: 3 }, () => fakeOp()))
    const { iv, ct } = fakeOp()
    expect((await putSnapshot({ uptoSeq: 2, iv, ct })).statusCode).toBe(204)
    const older = await putSnapshot({ uptoSeq: 1, iv, ct })
    expect(older.statusCode).toBe(409)
    expect(older.json()).toMatchObject({ snapshotUptoSeq: 2 })
    const beyond = await putSnapshot({ uptoSeq: 9, iv, ct })
    expect(beyond.statusCode).toBe(409)
    expect(beyond.json()).toMatchObject({ lastSeq: 3 })
  })

  it('checks the snapshot body like any other', async () => {
    const { iv, ct } = fakeOp()
    for (const [body, message] of [
      [{ uptoSeq: -1, iv, ct }, 'The field uptoSeq must be a whole number'],
      [{ uptoSeq: 1.5, iv, ct }, 'The field uptoSeq must be a whole number'],
      [{ uptoSeq: '1', iv, ct }, 'The field uptoSeq must be a whole number'],
      [{ uptoSeq: 0, iv, ct, id: 'x' }, 'The body has a field this call does not accept'],
      [{ uptoSeq: 0, iv }, 'The field ct is missing'],
    ] as const) {
      const response = await putSnapshot(body)
      expect(response.statusCode, message).toBe(400)
      expect(response.json().error, message).toMatch(literal(message))
    }
  })
})

import { describe, expect, it } from 'vitest'
import { redactAccountId, serializeError, serializeRequest } from './logging.ts'

const ACCOUNT = 'Qm9vaz1ub3QtYS1yZWFsLWFjY291bnQtaWQtYXQtYWxsIQ'

describe('serializeRequest', () => {
  it('shortens a sync account id to a hash prefix and drops the query', () => {
    const { path } = serializeRequest({
      method: 'GET',
      url: `/api/v1/accounts/${ACCOUNT}/ops?after=9`,
    })
    expect(path).toMatch(/^\/api\/v1\/accounts\/~[0-9a-f]{8}\/ops$/)
    expect(path).not.toContain(ACCOUNT)
    // The same account always gets the same prefix, so one account can be followed in a log.
    expect(redactAccountId(`/api/v1/accounts/${ACCOUNT}`)).toBe(path.replace('/ops', ''))
  })

  it('leaves other paths as they are', () => {
    expect(redactAccountId('/self-help/feeling-low')).toBe('/self-help/feeling-low')
    expect(redactAccountId('/api/v1/directory')).toBe('/api/v1/directory')
  })
})

describe('serializeError', () => {
  it("keeps an error's kind, message, code and stack, and nothing it quotes from a row", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: `Key (id)=(${ACCOUNT}) already exists.`,
      where: 'SQL statement',
    })
    const logged = serializeError(error)
    expect(logged).toEqual({
      type: 'Error',
      message: 'duplicate key value violates unique constraint',
      code: '23505',
      stack: error.stack,
    })
    expect(JSON.stringify(logged)).not.toContain(ACCOUNT)
  })
})

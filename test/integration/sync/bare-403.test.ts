// A 403 without errorCode (no body at all) during a sync: with a working token it is a missing scope
// for that one resource, which is left out and said so while everything else syncs; with a refused
// token the sync stops after at most 3 requests.
// Ecwid answers 403 for INSUFFICIENT_APP_SCOPE and for INVALID_API_TOKEN alike
// (https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes), its error body is optional
// ("optionally, a JSON-formatted body", https://api-docs.ecwid.com/reference/get-deleted-items-stats),
// and "Get store profile … is available with any access token"
// (https://developers.ecwid.com/api-documentation/store-information): that read tells the two apart.
import { afterEach, describe, expect, it } from 'vitest'
import { isAppError } from '../../../src/shared/errors'
import { FULL_SCOPES } from '../../../src/main/sandbox/auth'
import { serverCounts, syncFixture, type SyncFixture } from './helpers'

const NO_CUSTOMERS = 'secret_sandbox_no_customers'
let f: SyncFixture | undefined
afterEach(async () => {
  await f?.close()
  f = undefined
})

describe('a bare 403 during a sync', () => {
  it('with a working token: that resource is left out and noted, the rest syncs, nothing is blocked', async () => {
    f = await syncFixture({}, { token: () => NO_CUSTOMERS })
    f.sb.addToken(NO_CUSTOMERS, FULL_SCOPES.filter((s) => !s.endsWith('_customers')), { label: 'noCustomers' })
    f.sb.setFaults({ bare403: true })
    const r = await f.sync()
    expect(r.skipped).toEqual(['customers'])
    const { customers: _left, ...others } = serverCounts(f.sb)
    expect(r.counts).toMatchObject(others)
    expect(r.counts.customers).toBe(0)
    expect(r.notes).toEqual([{ resource: 'customers', text: expect.stringMatching(/customers: not synced — the token lacks read_customers/) }])
    expect(f.scheduler.stats().blocked).toBe(false)
    expect(f.sb.stats().invalidToken).toBe(0)
    // The 403 came back bare, and one profile read (besides the sync's own) confirmed the token.
    expect(f.sb.stats().byStatus['403']).toBe(1)
    expect(f.sb.stats().byPath['GET /profile']).toBe(2)
  })

  it('with a refused token: at most 3 requests, then every request for the store stops', async () => {
    f = await syncFixture({}, { token: () => 'secret_revoked_token_0000' })
    f.sb.setFaults({ bare403: true })
    const e = await f.sync().then(() => null, (err: unknown) => err)
    expect(isAppError(e) && e.code).toBe('AUTH_INVALID')
    // The brief's budget is 3; in practice the first request and its confirming profile read.
    expect(f.sb.stats().invalidToken).toBe(2)
    expect(f.scheduler.stats().blocked).toBe(true)
    expect(JSON.stringify(e)).not.toContain('secret_revoked_token_0000')
  })
})

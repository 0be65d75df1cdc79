// Sandbox faults for answers Ecwid may give without their extras: a 403 with no body (so no
// errorCode) and a 429 with no Retry-After. Ecwid's error body is optional ("optionally, a
// JSON-formatted body", https://api-docs.ecwid.com/reference/get-deleted-items-stats); its rate-limit
// section only says the token "becomes temporarily blocked" and 429 answers every request
// (https://docs.ecwid.com/api-reference/rest-api/get-started#rate-limits), no header is promised.
import { afterEach, describe, expect, it } from 'vitest'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from './helpers'

let sb: SandboxHandle | undefined
afterEach(async () => {
  await sb?.close()
  sb = undefined
})

describe('sandbox answers without body or Retry-After', () => {
  it('bare403: a missing scope and a bad token both answer 403 with an empty body', async () => {
    sb = await startSandbox({ products: 5 })
    sb.setFaults({ bare403: true })
    const scoped = await client(sb, sb.tokens.readOnly).put('/products/700000000', { price: 1 })
    const bad = await client(sb, 'secret_nope_0000').get('/products')
    for (const r of [scoped, bad]) {
      expect(r.status).toBe(403)
      expect(r.text).toBe('')
    }
    // Everything else is unchanged, and the profile stays readable by any valid token.
    expect((await client(sb, sb.tokens.readOnly).get('/profile')).status).toBe(200)
    sb.setFaults({ bare403: false })
    expect((await client(sb, sb.tokens.readOnly).put('/products/700000000', { price: 1 })).body).toMatchObject({ errorCode: 'INSUFFICIENT_APP_SCOPE' })
  })

  it.each([false, true])('omitRetryAfter=%s: forced and real 429s carry Retry-After only when not omitted', async (omit) => {
    sb = await startSandbox({ products: 5, rateLimit: { limit: 2, windowMs: 60_000 } })
    sb.setFaults({ omitRetryAfter: omit, force429: 1 })
    const forced = await client(sb).get('/products')
    await client(sb).get('/products')
    await client(sb).get('/products')
    const real = await client(sb).get('/products')
    for (const r of [forced, real]) {
      expect(r.status).toBe(429)
      expect(r.headers.get('retry-after') === null).toBe(omit)
    }
  })
})

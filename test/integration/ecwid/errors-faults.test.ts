// Integration: error codes mapped from real sandbox answers (404, 400, 403 scope, 402, 409, 415),
// 429 back-off without loss, the bad-token stop, and retries over injected 5xx, drops and stalls.

import { afterEach, describe, expect, it } from 'vitest'
import { createEcwidApi } from '../../../src/main/core/ecwid'
import { isAppError, type AppError } from '../../../src/shared/errors'
import { connect, disconnect, PRODUCT_ID_BASE, type Connected } from './helpers'

let c: Connected | undefined
afterEach(async () => {
  await disconnect(c)
  c = undefined
})

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    if (isAppError(e)) return e
    throw e
  }
  throw new Error('expected a failure')
}

describe('Ecwid client against the sandbox: error mapping', () => {
  it('404 → NOT_FOUND, 400 → VALIDATION with Ecwid\'s message, 409 → CONFLICT', async () => {
    c = await connect()
    const missing = await failure(c.api.products.get(PRODUCT_ID_BASE + 999_999))
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.details?.ecwidCode).toBe('PRODUCT_NOT_FOUND')
    const bad = await failure(c.api.products.update(PRODUCT_ID_BASE + 1, { price: 'lots' as unknown as number }))
    expect(bad.code).toBe('VALIDATION')
    expect(bad.message).toMatch(/price/i)
    const sku = c.sb.state.products.get(2)!.sku
    const clash = await failure(c.api.products.create({ name: 'dup', sku }))
    expect(clash.code).toBe('CONFLICT')
    expect(c.sb.stats().requests).toBe(3) // no 4xx was retried
  })

  it('403 missing scope → SCOPE_MISSING naming the scope; the token stays usable', async () => {
    c = await connect({ token: (sb) => sb.tokens.readOnly })
    const e = await failure(c.api.products.update(PRODUCT_ID_BASE + 1, { price: 1 }))
    expect(e.code).toBe('SCOPE_MISSING')
    expect(e.details?.scope).toBe('update_catalog')
    expect(e.message).toContain('update_catalog')
    expect(c.scheduler.stats().blocked).toBe(false)
    expect((await c.api.products.search({ limit: 1 })).items).toHaveLength(1)
  })

  it('402 → PLAN_REQUIRED for a free plan and for a suspended store', async () => {
    c = await connect()
    c.sb.setPlan('free')
    expect((await failure(c.api.profile.get())).code).toBe('PLAN_REQUIRED')
    c.sb.setPlan('suspended')
    const e = await failure(c.api.profile.get())
    expect(e.code).toBe('PLAN_REQUIRED')
    expect(e.message).toMatch(/suspended/)
  })

  it('415 → UNSUPPORTED_MEDIA when the body is not sent as JSON', async () => {
    c = await connect({ rewrite: (init) => ({ ...init, headers: { ...(init.headers as Record<string, string>), 'Content-Type': 'text/plain' } }) })
    const e = await failure(c.api.products.update(PRODUCT_ID_BASE + 1, { price: 3 }))
    expect(e.code).toBe('UNSUPPORTED_MEDIA')
  })
})

describe('Ecwid client against the sandbox: limits and faults', () => {
  it('forced 429s: the scheduler pauses, every request still lands exactly once', async () => {
    c = await connect({ sandbox: { products: 100 } })
    c.sb.setFaults({ force429: 3, force429RetryAfter: 1 })
    const started = Date.now()
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => c!.api.products.update(PRODUCT_ID_BASE + i, { price: 500 + i }, { priority: 'background' }))
    )
    expect(results.every((r) => r.updateCount === 1)).toBe(true)
    for (let i = 0; i < 30; i++) expect(c.sb.state.products.get(i)?.price).toBe(500 + i)
    const stats = c.sb.stats()
    expect(stats.rateLimited).toBe(3)
    expect(stats.byStatus['200']).toBe(30)
    // Retry-After: 1 was honoured by the scheduler (one pause per wave of 429s).
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(c.scheduler.stats().rateLimitedCount).toBe(3)
  })

  it('a real rate limit below our budget: back-off without loss', async () => {
    c = await connect({ sandbox: { products: 100, rateLimit: { limit: 15, windowMs: 1_000 } } })
    const ids = Array.from({ length: 40 }, (_, i) => PRODUCT_ID_BASE + i)
    const got = await Promise.all(ids.map((id) => c!.api.products.get(id, { responseFields: 'id' })))
    expect(got.map((p) => p.id)).toEqual(ids)
    expect(c.sb.stats().rateLimited).toBeGreaterThan(0)
    expect(c.sb.stats().byStatus['200']).toBe(40)
  })

  it.each([403, 401] as const)('a refused token (%i) stops everything after at most 3 requests', async (status) => {
    c = await connect({ sandbox: { invalidTokenStatus: status }, token: () => 'secret_wrong_token_123' })
    const calls = Array.from({ length: 25 }, (_, i) => failure(c!.api.products.get(PRODUCT_ID_BASE + i)))
    const errors = await Promise.all(calls)
    expect(errors.every((e) => e.code === 'AUTH_INVALID')).toBe(true)
    expect(c.sb.stats().invalidToken).toBeLessThanOrEqual(3)
    expect(c.scheduler.stats().blocked).toBe(true)
    for (const e of errors) expect(e.message).not.toContain('secret_wrong_token_123')
    // Still nothing sent afterwards, until the user replaces the token.
    await failure(c.api.profile.get())
    expect(c.sb.stats().invalidToken).toBeLessThanOrEqual(3)
  })

  // Ecwid's error body is optional (https://api-docs.ecwid.com/reference/get-deleted-items-stats):
  // a refused token answering a bare 403 costs the first request plus one confirming GET /profile.
  it('a refused token answering bare 403s stops everything after 2 requests', async () => {
    c = await connect({ token: () => 'secret_wrong_token_456' })
    c.sb.setFaults({ bare403: true })
    const errors = await Promise.all(Array.from({ length: 25 }, (_, i) => failure(c!.api.products.get(PRODUCT_ID_BASE + i))))
    expect(errors.every((e) => e.code === 'AUTH_INVALID')).toBe(true)
    expect(c.sb.stats().invalidToken).toBe(2)
    expect(c.scheduler.stats().blocked).toBe(true)
  })

  it('retries injected 5xx answers until they succeed', async () => {
    c = await connect({ sandbox: { products: 600 }, client: { maxRetries: 8, backoffMs: 5, maxBackoffMs: 20 } })
    c.sb.setFaults({ errorRate: 0.3, seed: 3 })
    const ids = new Set<number>()
    for await (const p of c.api.products.searchAll({ responseFields: 'id' })) ids.add(p.id)
    expect(ids.size).toBe(600)
    expect(c.sb.stats().faults.error).toBeGreaterThan(0)
    expect(c.api.client.stats().retries).toBe(c.sb.stats().faults.error)
  })

  it('retries dropped connections and truncated JSON', async () => {
    c = await connect({ sandbox: { products: 800 }, client: { maxRetries: 8, backoffMs: 5, maxBackoffMs: 20 } })
    c.sb.setFaults({ dropRate: 0.2, malformedRate: 0.2, seed: 5 })
    const ids = new Set<number>()
    for await (const p of c.api.products.searchAll({ responseFields: 'id,name' })) ids.add(p.id)
    expect(ids.size).toBe(800)
    const faults = c.sb.stats().faults
    expect(faults.drop + faults.malformed).toBeGreaterThan(0)
    for (let i = 0; i < 10; i++) await c.api.products.update(PRODUCT_ID_BASE + i, { price: 1 + i })
    expect(c.sb.state.products.get(9)?.price).toBe(10)
  })

  it('times out stalled answers and retries', async () => {
    c = await connect({ sandbox: { products: 50 }, client: { timeoutMs: 150, maxRetries: 6, backoffMs: 5 } })
    c.sb.setFaults({ stallRate: 0.4, stallMs: 400, seed: 9 })
    for (let i = 0; i < 8; i++) expect((await c.api.products.get(PRODUCT_ID_BASE + i)).id).toBe(PRODUCT_ID_BASE + i)
    expect(c.sb.stats().faults.stall).toBeGreaterThan(0)
  })

  it('a POST is not resent after a 5xx: TRANSIENT with mayHaveApplied', async () => {
    c = await connect()
    c.sb.setFaults({ errorRate: 1 })
    const e = await failure(c.api.products.create({ name: 'once' }))
    expect(e.code).toBe('TRANSIENT')
    expect(e.details?.mayHaveApplied).toBe(true)
    expect(c.sb.stats().byPath['POST /products']).toBe(1)
  })

  it('an unreachable host → OFFLINE', async () => {
    c = await connect()
    const port = c.sb.port
    await c.sb.close()
    const api = createEcwidApi({ apiBase: `http://127.0.0.1:${port}/api/v3`, storeId: 1, getToken: async () => 'secret_x', scheduler: c.scheduler })
    expect((await failure(api.profile.get())).code).toBe('OFFLINE')
  })
})

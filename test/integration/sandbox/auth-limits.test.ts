import { afterEach, describe, expect, it } from 'vitest'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from './helpers'

let sb: SandboxHandle | undefined
afterEach(async () => {
  await sb?.close()
  sb = undefined
})

const small = { products: 50, orders: 50, customers: 20, coupons: 20 }

describe('sandbox auth, scopes, plan and rate limit', () => {
  it('rejects missing/unknown tokens with 403 INVALID_API_TOKEN (401 by option) and counts them', async () => {
    sb = await startSandbox(small)
    const bad = await client(sb, 'secret_nope').get<{ errorMessage: string; errorCode: string }>('/products')
    expect(bad.status).toBe(403)
    expect(bad.body.errorCode).toBe('INVALID_API_TOKEN')
    const none = await fetch(`${sb.apiBase}/${sb.storeId}/products`)
    expect(none.status).toBe(403)
    expect(sb.stats().invalidToken).toBe(2)
    const viaQuery = await fetch(`${sb.apiBase}/${sb.storeId}/profile?token=${sb.tokens.full}`)
    expect(viaQuery.status).toBe(200)
    sb.revokeToken(sb.tokens.full)
    expect((await client(sb).get('/profile')).status).toBe(403)
    const other = await startSandbox({ ...small, invalidTokenStatus: 401 })
    try {
      expect((await client(other, 'secret_nope').get('/products')).status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('enforces scopes: read-only token cannot write, public token sees only public data', async () => {
    sb = await startSandbox(small)
    const ro = client(sb, sb.tokens.readOnly)
    expect((await ro.get('/orders')).status).toBe(200)
    const denied = await ro.put<{ errorMessage: string; errorCode: string }>('/products/700000001', { price: 1 })
    expect(denied.status).toBe(403)
    expect(denied.body).toEqual({ errorCode: 'INSUFFICIENT_APP_SCOPE', errorMessage: expect.stringContaining('update_catalog') })
    const pub = client(sb, sb.tokens.public)
    const products = await pub.get<{ items: { enabled: boolean }[]; total: number }>('/products?enabled=false')
    expect(products.status).toBe(200)
    expect(products.body.items.every((p) => p.enabled)).toBe(true)
    expect((await pub.get('/orders')).status).toBe(403)
    const profile = await pub.get<Record<string, unknown>>('/profile')
    expect(profile.status).toBe(200)
    expect(profile.body.account).toBeUndefined()
    expect(profile.body.formatsAndUnits).toBeDefined()
    expect([...sb.scopesOf(sb.tokens.readOnly)].every((s) => s.startsWith('read_'))).toBe(true)
    sb.addToken('secret_custom', ['read_orders'], { label: 'custom' })
    expect((await client(sb, 'secret_custom').get('/products')).body).toMatchObject({ errorMessage: expect.stringContaining('read_catalog') })
  })

  it('answers 402 when the store plan does not include the API; 404 for unknown store/path; 405', async () => {
    sb = await startSandbox(small)
    sb.setPlan('free')
    const r = await client(sb).get<{ errorCode: string }>('/products')
    expect(r.status).toBe(402)
    expect(r.body.errorCode).toBe('NOT_AVAILABLE_ON_CURRENT_PLAN')
    sb.setPlan('suspended')
    expect((await client(sb).get<{ errorCode: string }>('/profile')).body.errorCode).toBe('STORE_IS_SUSPENDED')
    sb.setPlan('paid')
    expect((await fetch(`${sb.apiBase}/999/products`, { headers: { Authorization: `Bearer ${sb.tokens.full}` } })).status).toBe(404)
    expect((await client(sb).get('/nope')).status).toBe(404)
    const m = await client(sb).call('PUT', '/latest-stats', {})
    expect(m.status).toBe(405)
  })

  it('limits each token to N requests per sliding window with 429 + Retry-After, counting violations', async () => {
    let now = 1_000_000
    sb = await startSandbox({ ...small, rateLimit: { limit: 20, windowMs: 60_000 }, now: () => now })
    const api = client(sb)
    for (let k = 0; k < 20; k++) expect((await api.get('/profile')).status).toBe(200)
    const limited = await api.get<{ errorCode: string }>('/profile')
    expect(limited.status).toBe(429)
    expect(limited.body.errorCode).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBe(60)
    // Other tokens have their own budget.
    expect((await client(sb, sb.tokens.readOnly).get('/profile')).status).toBe(200)
    now += 30_000
    expect((await api.get('/profile')).status).toBe(429)
    now += 30_001
    expect((await api.get('/profile')).status).toBe(200)
    const s = sb.stats()
    expect(s.rateLimited).toBe(2)
    expect(s.byStatus['429']).toBe(2)
    expect(s.byPath['GET /profile']).toBe(24)
    expect(s.byToken.full).toBe(23)
  })

  it('defaults to 600 requests per 60 s', async () => {
    sb = await startSandbox({ ...small, now: () => 5_000_000 })
    const api = client(sb)
    const results = await Promise.all(Array.from({ length: 601 }, () => api.get('/profile')))
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(600)
    expect(statuses.filter((s) => s === 429)).toHaveLength(1)
  })
})

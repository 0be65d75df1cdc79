// Integration: batch writes through the sandbox's batch API: chunking above 500, polling cost,
// per-sub-request error mapping, and POST /batch resent after a dropped answer without doubling.

import { afterEach, describe, expect, it } from 'vitest'
import { createEcwidApi, type BatchSubRequest } from '../../../src/main/core/ecwid'
import { connect, disconnect, PRODUCT_ID_BASE, type Connected } from './helpers'

let c: Connected | undefined
afterEach(async () => {
  await disconnect(c)
  c = undefined
})

const priceUpdates = (n: number, price: (i: number) => number): BatchSubRequest[] =>
  Array.from({ length: n }, (_, i) => ({ method: 'PUT' as const, path: `/products/${PRODUCT_ID_BASE + i}`, body: { price: price(i) } }))

describe('Ecwid client against the sandbox: batch', () => {
  it('applies 1,200 price updates in 3 chunks with few polls, results in order', async () => {
    c = await connect({ sandbox: { products: 1_300 } })
    const tickets: string[] = []
    const results = await c.api.batch(priceUpdates(1_200, (i) => 100 + i), { pollIntervalMs: 20, onTicket: (t) => tickets.push(t.ticket) })
    expect(results).toHaveLength(1_200)
    expect(results.every((r) => r.ok && (r.body as { updateCount: number }).updateCount === 1)).toBe(true)
    expect(tickets).toHaveLength(3)
    for (const i of [0, 499, 500, 1_199]) expect(c.sb.state.products.get(i)?.price).toBe(100 + i)
    expect(c.sb.state.products.get(1_200)?.price).not.toBe(1_300)
    const stats = c.sb.stats()
    expect(stats.byPath['POST /batch']).toBe(3)
    expect(stats.batchSubRequests).toBe(1_200)
    // Far fewer HTTP requests than sub-requests: 3 POSTs plus a handful of polls per ticket.
    expect(stats.requests).toBeLessThan(60)
  })

  it('maps each failed sub-request to its AppError; the others still apply', async () => {
    c = await connect()
    const subs: BatchSubRequest[] = [
      { method: 'PUT', path: `/products/${PRODUCT_ID_BASE + 1}`, body: { price: 5 } },
      { method: 'PUT', path: `/products/${PRODUCT_ID_BASE + 999_999}`, body: { price: 5 } },
      { method: 'PUT', path: `/products/${PRODUCT_ID_BASE + 2}`, body: { price: 'cheap' } },
      { method: 'POST', path: '/products', body: { name: 'dup', sku: c.sb.state.products.get(3)!.sku } },
      { method: 'GET', path: '/products', query: { limit: 2, responseFields: 'total' } },
      { method: 'DELETE', path: `/products/${PRODUCT_ID_BASE + 4}` }
    ]
    const results = await c.api.batch(subs, { pollIntervalMs: 20 })
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'NOT_FOUND', 'VALIDATION', 'CONFLICT', 'ok', 'ok'])
    expect(results[4]).toMatchObject({ ok: true, body: { total: 300 } })
    expect(c.sb.state.products.get(1)?.price).toBe(5)
    expect(c.sb.state.products.get(4)).toBeUndefined()
  })

  it('a read-only token gets SCOPE_MISSING per write inside the batch', async () => {
    c = await connect({ token: (sb) => sb.tokens.readOnly })
    const results = await c.api.batch(priceUpdates(3, () => 1), { pollIntervalMs: 20 })
    for (const r of results) {
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('SCOPE_MISSING')
        expect(r.error.details?.scope).toBe('update_catalog')
      }
    }
  })

  it('resending POST /batch after a dropped answer does not run the edits twice (deduplicationKey)', async () => {
    let dropped = false
    c = await connect({ sandbox: { products: 50 } })
    // The first POST /batch reaches the sandbox, then its answer is lost on the way back.
    const realFetch = globalThis.fetch
    const api = createEcwidApi({
      apiBase: c.sb.apiBase,
      storeId: c.sb.storeId,
      getToken: async () => c!.sb.tokens.full,
      scheduler: c.scheduler,
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        const res = await realFetch(input, init)
        if (!dropped && init?.method === 'POST') {
          dropped = true
          throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })
        }
        return res
      }) as typeof fetch
    })
    const before = c.sb.state.products.get(7)!.quantity ?? 0
    const results = await api.batch([{ method: 'PUT', path: `/products/${PRODUCT_ID_BASE + 7}/inventory`, body: { quantityDelta: 5 } }], { pollIntervalMs: 20 })
    expect(results[0]?.ok).toBe(true)
    expect(c.sb.stats().byPath['POST /batch']).toBe(2)
    expect(c.sb.state.products.get(7)!.quantity).toBe(before + 5)
  })
})

// Unit tests for the batch API runner: wire format, chunking to 500, polling cadence, per-item
// result mapping and chunk-level failures. A fake Ecwid batch endpoint behind the fake fetch.

import { describe, expect, it } from 'vitest'
import type { BatchRequest, BatchResponse } from '@shared/model'
import { createEcwidClient } from '../../../../../src/main/core/ecwid/client'
import { initialPollMs, mapBatchResponses, nextPollMs, runBatch, type BatchSubRequest } from '../../../../../src/main/core/ecwid/batch'
import { API_BASE, STORE_ID, TOKEN, fakeClock, fakeFetch, fakeScheduler, json, type Call } from './fakes'

/** Ecwid-like batch endpoint: each ticket completes after `pollsUntilDone` status polls. */
function batchServer(opts: { pollsUntilDone?: number; answer?: (req: BatchRequest) => BatchResponse } = {}) {
  const tickets = new Map<string, { requests: BatchRequest[]; polls: number }>()
  const posts: Call[] = []
  let polls = 0
  const answer =
    opts.answer ??
    ((req: BatchRequest): BatchResponse => ({ id: req.id, status: 'COMPLETED', httpStatusCode: 200, httpStatusLine: 'OK', httpBody: { updateCount: 1 } }))
  const handler = (call: Call): Response => {
    if (call.url.pathname !== `/api/v3/${STORE_ID}/batch`) return json({ errorMessage: 'nope' }, 404)
    if (call.method === 'POST') {
      posts.push(call)
      const ticket = `t-${tickets.size + 1}`
      tickets.set(ticket, { requests: call.body as BatchRequest[], polls: 0 })
      return json({ ticket })
    }
    polls++
    const t = tickets.get(call.url.searchParams.get('ticket') ?? '')
    if (!t) return json({ errorMessage: 'Ticket not found' }, 404)
    t.polls++
    const total = t.requests.length
    const done = t.polls >= (opts.pollsUntilDone ?? 1)
    const completed = done ? total : Math.floor((total * t.polls) / (opts.pollsUntilDone ?? 1))
    return json({
      status: done ? 'COMPLETED' : completed > 0 ? 'IN_PROGRESS' : 'QUEUED',
      totalRequests: total,
      completedRequests: completed,
      responses: done ? t.requests.map(answer) : t.requests.slice(0, completed).map(answer)
    })
  }
  return { handler, posts, tickets, polls: () => polls }
}

function setup(server: ReturnType<typeof batchServer>) {
  const f = fakeFetch(server.handler)
  const s = fakeScheduler()
  const clock = fakeClock()
  const client = createEcwidClient({ apiBase: API_BASE, storeId: STORE_ID, getToken: async () => TOKEN, scheduler: s.scheduler, fetch: f.fetch, clock })
  return { client, f, s, clock }
}

const updates = (n: number): BatchSubRequest[] =>
  Array.from({ length: n }, (_, i) => ({ method: 'PUT' as const, path: `/products/${i + 1}`, body: { price: i } }))

describe('runBatch', () => {
  it("sends Ecwid's format: JSON array of {id, method, path, body}, stopOnFirstFailure=false, a dedup key", async () => {
    const server = batchServer()
    const { client } = setup(server)
    const subs: BatchSubRequest[] = [
      { method: 'PUT', path: '/products/1', body: { price: 5 } },
      { method: 'GET', path: '/orders', query: { paymentStatus: ['PAID', 'REFUNDED'], limit: 1 } },
      { method: 'DELETE', path: '/discount_coupons/9' }
    ]
    const results = await runBatch(client, subs, { clock: fakeClock() })
    expect(results.every((r) => r.ok)).toBe(true)
    const post = server.posts[0]!
    expect(post.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(post.headers['content-type']).toBe('application/json')
    expect(post.url.searchParams.get('stopOnFirstFailure')).toBe('false')
    expect(post.url.searchParams.get('deduplicationKey')).toMatch(/^[0-9a-f-]{36}$/)
    expect(post.url.href).not.toContain(TOKEN)
    expect(post.body).toEqual([
      { id: '0', method: 'PUT', path: '/products/1', body: { price: 5 } },
      { id: '1', method: 'GET', path: '/orders?paymentStatus=PAID%2CREFUNDED&limit=1' },
      { id: '2', method: 'DELETE', path: '/discount_coupons/9' }
    ])
  })

  it('chunks to the documented maximum of 500 and keeps results in order', async () => {
    const server = batchServer({ answer: (r) => ({ id: r.id, status: 'COMPLETED', httpStatusCode: 200, httpBody: { path: r.path } }) })
    const { client } = setup(server)
    const ticketsSeen: string[] = []
    const results = await runBatch(client, updates(1203), { clock: fakeClock(), onTicket: (t) => ticketsSeen.push(t.ticket) })
    expect(server.posts.map((p) => (p.body as unknown[]).length)).toEqual([500, 500, 203])
    expect(ticketsSeen).toEqual(['t-1', 't-2', 't-3'])
    expect(results).toHaveLength(1203)
    results.forEach((r, i) => expect(r).toEqual({ ok: true, status: 200, body: { path: `/products/${i + 1}` } }))
  })

  it('honours a smaller chunkSize', async () => {
    const server = batchServer()
    const { client } = setup(server)
    await runBatch(client, updates(25), { chunkSize: 10, clock: fakeClock() })
    expect(server.posts.map((p) => (p.body as unknown[]).length)).toEqual([10, 10, 5])
  })

  it('polls a few times with waits scaled to the batch size, not in a tight loop', async () => {
    const server = batchServer({ pollsUntilDone: 4 })
    const { client } = setup(server)
    const clock = fakeClock()
    const progress: number[] = []
    await runBatch(client, updates(500), { clock, onProgress: (p) => progress.push(p.done) })
    expect(server.polls()).toBe(4)
    expect(clock.sleeps[0]).toBe(initialPollMs(500))
    expect(clock.sleeps.every((ms) => ms >= 1000 && ms <= 15_000)).toBe(true)
    expect(progress.at(-1)).toBe(500)
  })

  it('maps each failed sub-request from its httpStatusCode and body', async () => {
    const server = batchServer({
      answer: (r) => {
        const i = Number(r.id)
        if (i === 1) return { id: r.id, status: 'FAILED', httpStatusCode: 404, httpBody: { errorMessage: 'Product not found', errorCode: 'PRODUCT_NOT_FOUND' } }
        if (i === 2) return { id: r.id, status: 'FAILED', httpStatusCode: 400, escapedHttpBody: '{"errorMessage":"Wrong price"}' }
        if (i === 3) return { id: r.id, status: 'FAILED', httpStatusCode: 403, httpBody: { errorMessage: 'Required scope: update_catalog', errorCode: 'INSUFFICIENT_APP_SCOPE' } }
        if (i === 4) return { id: r.id, status: 'NOT_EXECUTED' }
        if (i === 5) return { id: r.id, status: 'FAILED', httpStatusCode: 409, httpBody: { errorMessage: `SKU taken ${TOKEN}` } }
        return { id: r.id, status: 'COMPLETED', httpStatusCode: 200, httpBody: { updateCount: 1 } }
      }
    })
    const { client } = setup(server)
    const results = await runBatch(client, updates(7), { clock: fakeClock() })
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code))
    expect(codes).toEqual(['ok', 'NOT_FOUND', 'VALIDATION', 'SCOPE_MISSING', 'TRANSIENT', 'CONFLICT', 'ok'])
    const bad = results[2]!
    expect(!bad.ok && bad.error.message).toContain('Wrong price')
    const scope = results[3]!
    expect(!scope.ok && scope.error.details?.scope).toBe('update_catalog')
    const conflict = results[5]!
    expect(!conflict.ok && conflict.error.message).not.toContain(TOKEN)
  })

  it('stops at a chunk-level failure: that chunk and later ones fail, nothing more is sent', async () => {
    const server = batchServer()
    // First chunk fine, second POST refused (token revoked meanwhile).
    let postCount = 0
    const inner = server.handler
    const handler = (call: Call): Response => {
      if (call.method === 'POST' && ++postCount === 2) return json({ errorCode: 'INVALID_API_TOKEN', errorMessage: 'Invalid access token' }, 403)
      return inner(call)
    }
    const f = fakeFetch(handler)
    const client = createEcwidClient({ apiBase: API_BASE, storeId: STORE_ID, getToken: async () => TOKEN, scheduler: fakeScheduler().scheduler, fetch: f.fetch, clock: fakeClock() })
    const results = await runBatch(client, updates(12), { chunkSize: 5, clock: fakeClock() })
    expect(results).toHaveLength(12)
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true)
    expect(results.slice(5).every((r) => !r.ok && r.error.code === 'AUTH_INVALID')).toBe(true)
    const last = results[11]!
    expect(!last.ok && last.error.details?.notSent).toBe(true)
    expect(postCount).toBe(2)
    // 2 POSTs + 1 poll for the first chunk; the third chunk was never sent.
    expect(f.calls).toHaveLength(3)
  })

  it('cancels while polling and reports the ticket so the batch can be resumed', async () => {
    const server = batchServer({ pollsUntilDone: 100 })
    const { client } = setup(server)
    const ctrl = new AbortController()
    const clock = fakeClock()
    let polls = 0
    const results = await runBatch(client, updates(3), {
      clock,
      signal: ctrl.signal,
      onProgress: () => {
        if (++polls === 2) ctrl.abort()
      }
    })
    expect(results.every((r) => !r.ok && r.error.code === 'CANCELLED')).toBe(true)
    const first = results[0]!
    expect(!first.ok && first.error.details).toMatchObject({ ticket: 't-1', mayHaveApplied: true })
  })

  it('gives up waiting after maxWaitMs with TRANSIENT and the ticket', async () => {
    const server = batchServer({ pollsUntilDone: 1000 })
    const { client } = setup(server)
    const results = await runBatch(client, updates(2), { clock: fakeClock(), maxWaitMs: 60_000 })
    const r = results[0]!
    expect(!r.ok && r.error.code).toBe('TRANSIENT')
    expect(!r.ok && r.error.details?.ticket).toBe('t-1')
    expect(server.polls()).toBeLessThan(20)
  })

  it('returns [] without any request for an empty list', async () => {
    const server = batchServer()
    const { client, f } = setup(server)
    expect(await runBatch(client, [])).toEqual([])
    expect(f.calls).toHaveLength(0)
  })
})

describe('polling maths and mapping', () => {
  it('initialPollMs scales with size between 1 s and 10 s', () => {
    expect(initialPollMs(1)).toBe(1000)
    expect(initialPollMs(100)).toBe(4000)
    expect(initialPollMs(500)).toBe(10_000)
    expect(initialPollMs(500, 50)).toBe(50)
  })

  it('nextPollMs predicts the remaining time from the observed rate, bounded', () => {
    expect(nextPollMs(2000, 10_000, 100, 500, 1000, 15_000)).toBe(15_000)
    expect(nextPollMs(2000, 10_000, 400, 500, 1000, 15_000)).toBe(2500)
    expect(nextPollMs(2000, 10_000, 499, 500, 1000, 15_000)).toBe(1000)
    expect(nextPollMs(3000, 3000, 0, 500, 1000, 15_000)).toBe(6000)
  })

  it('mapBatchResponses matches by id, whatever the order Ecwid lists them in', () => {
    const subs = updates(3)
    const results = mapBatchResponses(subs, {
      status: 'COMPLETED',
      totalRequests: 3,
      completedRequests: 3,
      responses: [
        { id: '2', status: 'COMPLETED', httpStatusCode: 200, httpBody: 'c' },
        { id: '0', status: 'COMPLETED', httpStatusCode: 200, httpBody: 'a' }
      ]
    })
    expect(results.map((r) => (r.ok ? r.body : r.error.code))).toEqual(['a', 'TRANSIENT', 'c'])
  })
})

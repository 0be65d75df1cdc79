import { afterEach, describe, expect, it } from 'vitest'
import type { BatchStatus, BatchTicket, Product, SearchResult } from '../../../src/shared/model'
import { BATCH_MAX_REQUESTS } from '../../../src/shared/model'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client, sleep } from './helpers'

let sb: SandboxHandle | undefined
afterEach(async () => {
  await sb?.close()
  sb = undefined
})

const small = { products: 200, orders: 100, customers: 20, coupons: 20 }

async function waitDone(api: ReturnType<typeof client>, ticket: string, query = ''): Promise<BatchStatus> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const r = await api.get<BatchStatus>(`/batch?ticket=${ticket}${query}`)
    if (r.status !== 200) throw new Error(`batch status answered ${r.status}`)
    if (r.body.status === 'COMPLETED') return r.body
    await sleep(5)
  }
  throw new Error('batch did not complete')
}

describe('sandbox batch API', () => {
  it('round-trips sub-requests, counts as one request against the limit', async () => {
    sb = await startSandbox({ ...small, rateLimit: { limit: 3, windowMs: 60_000 } })
    const api = client(sb)
    const reqs = Array.from({ length: 10 }, (_, k) => ({ id: `u${k}`, path: `/products/${700000000 + k}`, method: 'PUT', body: { price: 100 + k } }))
    reqs.push({ id: 'read', path: '/products?limit=2&responseFields=total', method: 'GET', body: undefined as unknown as { price: number } })
    const posted = await api.post<BatchTicket>('/batch', reqs)
    expect(posted.status).toBe(200)
    expect(typeof posted.body.ticket).toBe('string')
    // Poll with another token: this one's 3-request budget is the point of the test.
    const done = await waitDone(client(sb, sb.tokens.readOnly), posted.body.ticket)
    expect(done).toMatchObject({ status: 'COMPLETED', totalRequests: 11, completedRequests: 11 })
    expect(done.responses[0]).toEqual({ id: 'u0', status: 'COMPLETED', httpStatusCode: 200, httpStatusLine: 'OK', httpBody: { updateCount: 1 } })
    expect(done.responses[10]?.httpBody).toEqual({ total: 200 })
    expect(sb.state.products.get(9)?.price).toBe(109)
    expect(sb.stats().batchSubRequests).toBe(11)
    // 11 writes went through on a 3-request budget: the batch itself was the only counted request.
    expect(sb.stats().rateLimited).toBe(0)
    expect(sb.stats().byPath['POST /batch']).toBe(1)
  })

  it('stops on first failure by default; continues with stopOnFirstFailure=false; escapedJson', async () => {
    sb = await startSandbox(small)
    const api = client(sb)
    const reqs = [
      { id: 'a', path: '/products/700000001', method: 'PUT', body: JSON.stringify({ price: 1 }) },
      { id: 'b', path: '/products/1', method: 'PUT', body: { price: 2 } },
      { id: 'c', path: '/products/700000002', method: 'PUT', body: { price: 3 } }
    ]
    const stop = await waitDone(api, (await api.post<BatchTicket>('/batch', reqs)).body.ticket)
    expect(stop.responses.map((r) => r.status)).toEqual(['COMPLETED', 'FAILED', 'NOT_EXECUTED'])
    expect(stop.responses[1]).toMatchObject({ httpStatusCode: 404, httpBody: { errorCode: 'PRODUCT_NOT_FOUND' } })
    const go = (await api.post<BatchTicket>('/batch?stopOnFirstFailure=false', reqs)).body.ticket
    const cont = await waitDone(api, go, '&escapedJson=true')
    expect(cont.responses.map((r) => r.status)).toEqual(['COMPLETED', 'FAILED', 'COMPLETED'])
    expect(cont.responses[2]?.escapedHttpBody).toBe('{"updateCount":1}')
    expect(cont.responses[2]?.httpBody).toBeUndefined()
  })

  it('reports QUEUED/IN_PROGRESS while running, enforces the 500 limit and scopes per sub-request', async () => {
    sb = await startSandbox({ ...small, batchStepMs: 20 })
    const api = client(sb)
    const ticket = (await api.post<BatchTicket>('/batch', [{ path: '/profile', method: 'GET' }, { path: '/profile', method: 'GET' }])).body.ticket
    const early = await api.get<BatchStatus>(`/batch?ticket=${ticket}`)
    expect(['QUEUED', 'IN_PROGRESS']).toContain(early.body.status)
    expect(early.body.completedRequests).toBeLessThan(2)
    await waitDone(api, ticket)
    const tooMany = Array.from({ length: BATCH_MAX_REQUESTS + 1 }, () => ({ path: '/profile', method: 'GET' }))
    expect((await api.post('/batch', tooMany)).status).toBe(400)
    expect((await api.post('/batch', { path: '/profile' })).status).toBe(400)
    // Ecwid documents 400 (not 404) for a bad request to the ticket endpoints.
    expect((await api.get('/batch?ticket=unknown')).status).toBe(400)
    expect((await api.del('/batch?ticket=unknown')).status).toBe(400)
    const ro = client(sb, sb.tokens.readOnly)
    const t = (await ro.post<BatchTicket>('/batch', [{ path: '/products/700000001', method: 'PUT', body: { price: 1 } }])).body.ticket
    const res = await waitDone(ro, t)
    expect(res.responses[0]).toMatchObject({ status: 'FAILED', httpStatusCode: 403 })
  })
})

// https://docs.ecwid.com/api-reference/rest-api/batch-requests (FIFO, parallel mode) and
// https://docs.ecwid.com/api-reference/rest-api/batch-requests/create-batch-request (5xx retries).
describe('sandbox batch queue, as Ecwid documents it', () => {
  const profileReads = (n: number): { path: string; method: string }[] => Array.from({ length: n }, () => ({ path: '/profile', method: 'GET' }))

  it('runs separate batches of one store FIFO: a later one starts only when the earlier ones are done', async () => {
    sb = await startSandbox({ ...small, batchStepMs: 10 })
    const api = client(sb)
    const first = (await api.post<BatchTicket>('/batch', profileReads(12))).body.ticket
    const second = (await api.post<BatchTicket>('/batch', profileReads(2))).body.ticket
    let firstDoneAt = Infinity
    let secondStartedAt = Infinity
    for (let k = 0; k < 400 && secondStartedAt === Infinity; k++) {
      const [a, b] = await Promise.all([api.get<BatchStatus>(`/batch?ticket=${first}`), api.get<BatchStatus>(`/batch?ticket=${second}`)])
      if (a.body.status === 'COMPLETED') firstDoneAt = Math.min(firstDoneAt, k)
      if (b.body.completedRequests > 0) secondStartedAt = k
      else expect(b.body.status).toBe('QUEUED')
      await sleep(3)
    }
    expect(secondStartedAt).toBeLessThan(Infinity)
    expect(firstDoneAt).toBeLessThanOrEqual(secondStartedAt)
  })

  it('parallel mode promises no order inside a batch; without it sub-requests run in order', async () => {
    sb = await startSandbox(small)
    const api = client(sb)
    const id = sb.state.products.get(0)?.id as number
    const puts = [1, 2, 3].map((price) => ({ path: `/products/${id}`, method: 'PUT', body: { price } }))
    await waitDone(api, (await api.post<BatchTicket>('/batch', puts)).body.ticket)
    expect(sb.state.products.get(0)?.price).toBe(3)
    // The sandbox runs a parallel wave last-first: the last write is not the one that stays.
    await waitDone(api, (await api.post<BatchTicket>('/batch?allowParallelMode=true', puts)).body.ticket)
    expect(sb.state.products.get(0)?.price).not.toBe(3)
  })

  it('retries a 5xx sub-request up to 5 attempts before moving on (stopOnFirstFailure=false)', async () => {
    sb = await startSandbox({ ...small, batchRetryMs: 20 })
    const api = client(sb)
    const reqs = [{ id: 'a', ...profileReads(1)[0] }, { id: 'b', ...profileReads(1)[0] }]
    sb.setFaults({ failSubRequests: 4 })
    const t0 = Date.now()
    const healed = await waitDone(api, (await api.post<BatchTicket>('/batch?stopOnFirstFailure=false', reqs)).body.ticket)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4 * 20 - 5)
    expect(healed.responses.map((r) => [r.status, r.httpStatusCode])).toEqual([['COMPLETED', 200], ['COMPLETED', 200]])
    sb.setFaults({ failSubRequests: 5 })
    const gaveUp = await waitDone(api, (await api.post<BatchTicket>('/batch?stopOnFirstFailure=false', reqs)).body.ticket)
    expect(gaveUp.responses.map((r) => [r.status, r.httpStatusCode])).toEqual([['FAILED', 500], ['COMPLETED', 200]])
    expect(sb.faults.config.failSubRequests).toBe(0)
    sb.setFaults({ failSubRequests: 1 })
    const stopped = await waitDone(api, (await api.post<BatchTicket>('/batch', reqs)).body.ticket)
    expect(stopped.responses.map((r) => r.status)).toEqual(['FAILED', 'NOT_EXECUTED'])
  })
})

describe('sandbox fault injection', () => {
  it('adds latency and forces 429s for the next N requests', async () => {
    sb = await startSandbox({ ...small, latencyMs: 40 })
    const api = client(sb)
    const t0 = Date.now()
    await api.get('/profile')
    expect(Date.now() - t0).toBeGreaterThanOrEqual(35)
    sb.setFaults({ latencyMs: 0, force429: 2, force429RetryAfter: 3 })
    const a = await api.get('/profile')
    expect(a.status).toBe(429)
    expect(a.headers.get('retry-after')).toBe('3')
    expect((await api.get('/profile')).status).toBe(429)
    expect((await api.get('/profile')).status).toBe(200)
    expect(sb.stats().rateLimited).toBe(2)
  })

  it('injects 5xx deterministically, malformed JSON, truncated pages and dropped connections', async () => {
    sb = await startSandbox(small)
    const api = client(sb)
    sb.setFaults({ errorRate: 0.5, seed: 42 })
    const statuses = await Promise.all(Array.from({ length: 40 }, () => api.get('/profile').then((r) => r.status)))
    sb.setFaults({ seed: 42 })
    const again = await Promise.all(Array.from({ length: 40 }, () => api.get('/profile').then((r) => r.status)))
    expect(statuses.filter((s) => s === 500).length).toBeGreaterThan(5)
    expect(statuses.filter((s) => s === 500).length).toBe(again.filter((s) => s === 500).length)
    sb.faults.reset()

    sb.setFaults({ malformedRate: 1 })
    const broken = await api.get('/profile')
    expect(broken.status).toBe(200)
    expect(() => JSON.parse(broken.text)).toThrow()
    sb.faults.reset()

    sb.setFaults({ truncateRate: 1 })
    const page = await api.get<SearchResult<Product>>('/products?limit=100')
    expect(page.body).toMatchObject({ total: 200, count: 50, limit: 100 })
    expect(page.body.items).toHaveLength(50)
    sb.faults.reset()

    sb.setFaults({ dropRate: 1 })
    await expect(fetch(`${api.base}/products`, { headers: { Authorization: `Bearer ${sb.tokens.full}` } }).then((r) => r.text())).rejects.toThrow()
    sb.faults.reset()
    expect((await api.get('/profile')).status).toBe(200)
    expect(sb.stats().faults).toMatchObject({ malformed: 1, truncate: 1, drop: 1 })
  })

  it('stalls a share of requests', async () => {
    sb = await startSandbox(small)
    const api = client(sb)
    sb.setFaults({ stallRate: 1, stallMs: 150 })
    const ac = new AbortController()
    const timer = setTimeout(() => ac.abort(), 50)
    await expect(fetch(`${api.base}/profile`, { headers: { Authorization: `Bearer ${sb.tokens.full}` }, signal: ac.signal })).rejects.toThrow()
    clearTimeout(timer)
    sb.faults.reset()
    await sleep(150)
    expect((await api.get('/profile')).status).toBe(200)
  })
})

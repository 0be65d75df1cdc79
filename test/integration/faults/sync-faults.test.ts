// Sync under injected faults (5xx, dropped sockets, stalls, malformed JSON, truncated pages, 429
// storms): it ends with exactly the server's data, or stops with a coded error and resumes later.
import { afterEach, describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@shared/errors'
import { counts, faultFixture, sampleMismatches, syncUntilDone, type FaultFixture } from './helpers'

let f: FaultFixture | undefined
afterEach(async () => {
  await f?.close()
  f = undefined
})

function expectExactCopy(fx: FaultFixture): void {
  const { server, local } = counts(fx)
  expect(local).toEqual(server)
  expect(sampleMismatches(fx)).toEqual([])
}

describe('sync under faults', () => {
  it.each([
    ['20% 5xx answers', { errorRate: 0.2 }, 'error'],
    ['15% dropped connections', { dropRate: 0.15 }, 'drop'],
    ['15% malformed JSON bodies', { malformedRate: 0.15 }, 'malformed'],
    ['40% truncated pages', { truncateRate: 0.4 }, 'truncate']
  ] as const)('%s: a full sync ends with exactly the server\'s data', async (_name, faults, kind) => {
    f = await faultFixture()
    f.faults({ ...faults, seed: 11 })
    const r = await f.sync()
    expect(r.mode).toBe('full')
    expect(f.sb.stats().faults[kind]).toBeGreaterThan(0)
    expectExactCopy(f)
  })

  it('10 s stalls: the client times out (short timeout here), retries, and the sync completes', async () => {
    f = await faultFixture({ products: 120, orders: 120, customers: 20, coupons: 10 }, { timeoutMs: 250 })
    f.faults({ stallRate: 0.1, stallMs: 10_000, seed: 5 })
    const started = Date.now()
    await f.sync()
    expect(f.sb.stats().faults.stall).toBeGreaterThan(0)
    expect(Date.now() - started).toBeLessThan(10_000)
    expectExactCopy(f)
  })

  it('a short 429 storm (within the client\'s 6 rate-limit retries) is waited out: no data lost', async () => {
    f = await faultFixture()
    f.faults({ force429: 5, force429RetryAfter: 0 })
    const r = await f.sync()
    expect(r.rateLimited).toBeGreaterThan(0)
    expect(f.sb.stats().faults.force429).toBe(5)
    expectExactCopy(f)
  })

  it('an endless 429 storm stops the sync with RATE_LIMITED; once it ends, the next sync completes', async () => {
    f = await faultFixture()
    f.faults({ force429: 1_000_000, force429RetryAfter: 0 })
    const err = await f.sync().then(() => null, (e: unknown) => e)
    expect(err).toMatchObject({ code: 'RATE_LIMITED' })
    expect((err as Error).message.length).toBeGreaterThan(10)
    f.faults({ force429: 0 })
    const r = await f.sync()
    expect(r.mode).toBe('full')
    expectExactCopy(f)
  })

  it('everything at once: each attempt succeeds exactly or fails with a coded error, and it converges', async () => {
    f = await faultFixture()
    f.faults({ errorRate: 0.1, dropRate: 0.05, malformedRate: 0.05, truncateRate: 0.2, stallRate: 0.03, stallMs: 10_000, seed: 99 })
    const { result, failures } = await syncUntilDone(f)
    for (const e of failures) {
      expect(ERROR_CODES).toContain(e.code)
      expect(e.code).not.toBe('INTERNAL')
      expect(e.message).toMatch(/\w{4,}/)
    }
    expect(result, JSON.stringify(failures)).not.toBeNull()
    expectExactCopy(f)
  })

  it('an incremental sync under faults picks up every server change', async () => {
    f = await faultFixture()
    await f.sync()
    const s = f.sb.state
    for (let i = 0; i < 30; i++) s.updateProduct(i, (p) => void (p.price = 1000 + i))
    s.deleteProduct(40)
    s.deleteOrder(5)
    s.createProduct({ name: 'Faulty new', sku: 'FAULT-NEW', price: 3 })
    f.db.run('UPDATE sync_state SET stat_read_at = stat_read_at + 10000')
    f.faults({ errorRate: 0.2, dropRate: 0.1, truncateRate: 0.3, seed: 3 })
    const { result } = await syncUntilDone(f)
    expect(result?.mode).toBe('incremental')
    expectExactCopy(f)
    const prices = f.db.all<{ price: number }>('SELECT price FROM products WHERE price >= 1000 AND price < 1030').length
    expect(prices).toBe(30)
  })

  it('the server going away mid-sync is OFFLINE, and what was written stays consistent', async () => {
    f = await faultFixture({}, { timeoutMs: 300 })
    f.faults({ latencyMs: 30 })
    const pending = f.sync().then(() => null, (e: unknown) => e)
    await new Promise((r) => setTimeout(r, 150))
    await f.sb.close()
    const err = await pending
    expect(err).toMatchObject({ code: expect.stringMatching(/^(OFFLINE|TRANSIENT)$/) })
    // Whatever arrived is intact rows, never half-written ones (each page is one transaction).
    const broken = f.db.get<{ n: number }>("SELECT count(*) AS n FROM products WHERE name IS NULL OR sku IS NULL")
    expect(broken?.n).toBe(0)
  })
})

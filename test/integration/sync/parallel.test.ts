// Resources sync side by side: the sandbox serves products and orders pages interleaved (both walks
// part-way at once), with no 429, and a sync cancelled while both are mid-walk resumes to exact counts.
import { afterEach, describe, expect, it } from 'vitest'
import { readSyncState } from '../../../src/main/core/store/sync-state-repo'
import { serverCounts, syncFixture, type SyncFixture } from './helpers'

const STORE = { products: 1500, orders: 1800, customers: 150, coupons: 40, latencyMs: 20 }
let f: SyncFixture | undefined
afterEach(async () => {
  await f?.close()
  f = undefined
})

/** Pages the sandbox has answered for products and orders searches so far. */
function served(fx: SyncFixture): { products: number; orders: number } {
  const byPath = fx.sb.stats().byPath
  return { products: byPath['GET /products'] ?? 0, orders: byPath['GET /orders'] ?? 0 }
}

describe('parallel sync', () => {
  it('walks products and orders at the same time, to exact counts with no 429', async () => {
    f = await syncFixture(STORE)
    const fx = f
    let both = 0
    const active = new Set<string>()
    const result = await fx.sync({}, {
      progressThrottleMs: 0,
      onProgress: (p) => {
        const s = served(fx)
        // Sequential resources would finish one walk (13+ requests) before the other's second page.
        if (s.products >= 3 && s.products < 15 && s.orders >= 3 && s.orders < 18) both++
        for (const r of p.active) active.add(r)
        expect(p.overall.done).toBeLessThanOrEqual(p.overall.total)
      }
    })
    expect(both).toBeGreaterThan(0)
    expect(active.size).toBeGreaterThanOrEqual(4)
    expect(result.counts).toEqual(serverCounts(fx.sb))
    expect(result.rateLimited).toBe(0)
    expect(fx.sb.stats().rateLimited).toBe(0)
  })

  it('cancelled while several resources are mid-walk: the next sync resumes them to exact counts', async () => {
    f = await syncFixture(STORE)
    const fx = f
    const ctrl = new AbortController()
    const first = fx.sync({}, {
      signal: ctrl.signal,
      progressThrottleMs: 0,
      concurrency: 2,
      onProgress: () => {
        const s = served(fx)
        if (s.products >= 4 && s.orders >= 4) ctrl.abort()
      }
    })
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' })
    // Both walks were cut part-way: their runs stay open, to be continued.
    expect(readSyncState(fx.db, 'products').runId).not.toBeNull()
    expect(readSyncState(fx.db, 'orders').runId).not.toBeNull()
    fx.routes()

    const resumed = await fx.sync()
    expect(resumed.mode).toBe('full')
    expect(resumed.counts).toEqual(serverCounts(fx.sb))
    // Written pages were skipped: fewer page reads than a walk from scratch (15 + 18).
    const again = served(fx)
    expect(again.products + again.orders).toBeLessThan(15 + 18)
    for (const r of ['products', 'orders', 'customers', 'coupons', 'categories'] as const) expect(readSyncState(fx.db, r)).toMatchObject({ fullDone: true, runId: null })
  })
})

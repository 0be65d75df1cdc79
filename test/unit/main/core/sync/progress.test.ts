// Sync progress: remaining requests from planned totals, throttled emits, and an ETA that follows the
// request budget and credits the part of the window already spent.
import { describe, expect, it } from 'vitest'
import type { LimiterStats } from '../../../../../src/main/core/limiter/types'
import { SyncProgress, type ProgressSnapshot } from '../../../../../src/main/core/sync/progress'

function setup(opts: { used?: number } = {}) {
  let now = 1_000_000
  let requests = 0
  const emitted: ProgressSnapshot[] = []
  const stats = (): LimiterStats => ({ usedLastMinute: opts.used ?? requests, budget: 590, limit: 600, queued: 0, inFlight: 0, pausedUntil: null, blocked: false, rateLimitedCount: 0, totalRequests: requests })
  const p = new SyncProgress({ emit: (s) => emitted.push(s), requests: () => requests, limiter: stats, now: () => now, throttleMs: 250 })
  return { p, emitted, tick: (ms: number) => (now += ms), spend: (n: number) => (requests += n) }
}

describe('SyncProgress', () => {
  it('counts the pages still to read plus a few tail requests per resource', () => {
    const { p } = setup()
    p.plan('products', 20_000)
    p.plan('orders', 100_000, 5_000)
    expect(p.remainingRequests()).toBe(200 + 3 + 950 + 3)
  })

  it('throttles progress emits but always emits phase changes', () => {
    const { p, emitted, tick } = setup()
    p.start('orders')
    p.advance('orders', 100, 1000)
    p.advance('orders', 100)
    tick(300)
    p.advance('orders', 100)
    p.finish('orders')
    expect(emitted.map((e) => e.done)).toEqual([0, 300, 1000])
  })

  it('estimates seconds within the budget and whole windows beyond it', () => {
    const small = setup()
    small.p.plan('coupons', 300)
    small.p.start('coupons')
    expect(small.p.snapshot().etaMs).toBeLessThan(2_000)

    const big = setup()
    big.p.plan('orders', 100_000)
    big.p.start('orders')
    const eta = big.p.snapshot().etaMs ?? 0
    // 1003 requests at 590 per minute: the third window opens after two minutes... minus nothing yet.
    expect(eta).toBeGreaterThan(60_000)
    expect(eta).toBeLessThan(125_000)
  })

  it('credits the time a busy window has already run', () => {
    const { p, tick, spend } = setup()
    p.plan('orders', 80_000)
    p.start('orders')
    spend(590)
    p.advance('orders', 59_000)
    const right = p.snapshot().etaMs ?? 0
    tick(40_000)
    const later = p.snapshot().etaMs ?? 0
    // Nothing more could be sent (budget spent): the wait for the window shrinks with the clock.
    expect(right - later).toBeGreaterThan(39_000)
    // 20 s until the window reopens, then 213 requests at 8 in flight (the scheduler's cap).
    expect(later).toBeGreaterThan(20_000)
    expect(later).toBeLessThan(30_000)
  })

  it('with resources side by side: names those in flight and one combined figure that only grows', () => {
    const { p, emitted, tick } = setup()
    p.plan('products', 1_000)
    p.plan('orders', 3_000)
    p.start('products')
    p.start('orders')
    tick(300)
    p.advance('products', 100)
    expect(emitted.at(-1)).toMatchObject({ resource: 'products', done: 100, total: 1_000, active: ['products', 'orders'], overall: { done: 100, total: 4_000 } })
    tick(300)
    p.advance('orders', 500)
    expect(emitted.at(-1)).toMatchObject({ resource: 'orders', done: 500, total: 3_000, overall: { done: 600, total: 4_000 } })
    p.finish('products')
    expect(emitted.at(-1)).toMatchObject({ resource: 'products', done: 1_000, active: ['orders'], overall: { done: 1_500, total: 4_000 } })
    const overall = emitted.map((e) => e.overall.done)
    expect(overall).toEqual([...overall].sort((a, b) => a - b))
  })

  it('has no ETA without limiter figures', () => {
    const p = new SyncProgress({ emit: () => undefined, requests: () => 0, now: () => 0 })
    p.plan('products', 100)
    expect(p.snapshot().etaMs).toBeNull()
  })
})

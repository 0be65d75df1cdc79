// The concurrent page walk: every offset once, at most N in flight, resumable, short pages repaired,
// total changes flagged, cancellation and errors stop it.
import { describe, expect, it } from 'vitest'
import type { SearchResult } from '../../../../../src/shared/model'
import { walkPages } from '../../../../../src/main/core/sync/walk-pages'

type Fetch = (offset: number, limit: number, signal: AbortSignal) => Promise<SearchResult<number>>

function store(n: number, opts: { delayMs?: number; short?: Set<number>; onFetch?: (offset: number) => void } = {}): { fetch: Fetch; maxInFlight: () => number; calls: number[]; items: number[] } {
  const items = Array.from({ length: n }, (_, i) => i)
  const calls: number[] = []
  let inFlight = 0
  let max = 0
  const fetch: Fetch = async (offset, limit, signal) => {
    calls.push(offset)
    opts.onFetch?.(offset)
    inFlight++
    max = Math.max(max, inFlight)
    await new Promise((r) => setTimeout(r, opts.delayMs ?? 1))
    inFlight--
    if (signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' })
    let page = items.slice(offset, offset + limit)
    if (opts.short?.has(offset)) page = page.slice(0, Math.ceil(page.length / 2))
    return { total: items.length, count: page.length, offset, limit, items: page }
  }
  return { fetch, maxInFlight: () => max, calls, items }
}

describe('walkPages', () => {
  it('reads every item exactly once with up to `concurrency` requests in flight', async () => {
    const s = store(1050, { delayMs: 5 })
    const got: number[] = []
    const done: number[] = []
    const r = await walkPages({ fetchPage: s.fetch, concurrency: 4, onPage: (page, items, complete) => { got.push(...items); if (complete) done.push(page) } })
    expect(got.sort((a, b) => a - b)).toEqual(s.items)
    expect(done.sort((a, b) => a - b)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
    expect(r).toEqual({ requests: 11, items: 1050, total: 1050, dirty: false })
    expect(s.maxInFlight()).toBe(4)
  })

  it('skips pages an earlier walk wrote, trusting a known total', async () => {
    const s = store(500)
    const got: number[] = []
    await walkPages({ fetchPage: s.fetch, total: 500, skip: new Set([0, 100, 300]), onPage: (_p, items) => got.push(...items) })
    expect(s.calls.sort((a, b) => a - b)).toEqual([200, 400])
    expect(got).toHaveLength(200)
  })

  it('completes a short (cut-off) page with a follow-up read before marking it done', async () => {
    const s = store(250, { short: new Set([100]) })
    const marks: [number, boolean][] = []
    const got: number[] = []
    await walkPages({ fetchPage: s.fetch, onPage: (page, items, complete) => { got.push(...items); marks.push([page, complete]) } })
    expect(got.sort((a, b) => a - b)).toEqual(s.items)
    expect(marks.filter(([p]) => p === 100)).toEqual([[100, false], [100, true]])
  })

  it('flags a total that changed mid-walk and reads the pages it added', async () => {
    const extra = Array.from({ length: 100 }, (_, i) => 300 + i)
    const s: ReturnType<typeof store> = store(300, { onFetch: (offset) => { if (offset === 200) s.items.push(...extra) } })
    const got: number[] = []
    const r = await walkPages({ fetchPage: s.fetch, concurrency: 1, onPage: (_p, items) => got.push(...items) })
    expect(r.dirty).toBe(true)
    expect(r.total).toBe(400)
    expect(new Set(got).size).toBe(400)
  })

  it('stops on cancel with CANCELLED, having written only whole answers', async () => {
    const ctrl = new AbortController()
    const s = store(2000, { delayMs: 3 })
    let pages = 0
    const walk = walkPages({ fetchPage: s.fetch, signal: ctrl.signal, onPage: () => { if (++pages === 3) ctrl.abort() } })
    await expect(walk).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(pages).toBeLessThan(20)
  })

  it('stops every worker on the first error and rethrows it', async () => {
    const s = store(1000)
    const failing: Fetch = (o, l, sig) => (o === 300 ? Promise.reject(Object.assign(new Error('x'), { code: 'TRANSIENT' })) : s.fetch(o, l, sig))
    await expect(walkPages({ fetchPage: failing, onPage: () => undefined })).rejects.toBeDefined()
    expect(s.calls.length).toBeLessThan(10)
  })
})

// composables/useRowCache: windows fetched once while in flight, stale answers dropped after a reset,
// bounded memory, read-ahead in the scroll direction at reading speeds and none during a fling, and
// during a fling only the painted window where the scroll is when a read lands.
import { describe, expect, it } from 'vitest'
import type { Page } from '@shared/model/grid'
import { AHEAD_MAX_SPEED, AHEAD_MIN, AHEAD_RUN, BLOCK, FLING_WINDOW, MAX_BLOCKS, useRowCache } from '../../../src/renderer/src/composables/useRowCache'

function deferredSource(total: number) {
  const calls: { offset: number; limit: number; resolve: () => void }[] = []
  const fetch = (offset: number, limit: number): Promise<Page<number>> =>
    new Promise((resolve) => {
      calls.push({ offset, limit, resolve: () => resolve({ total, offset, rows: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i) }) })
    })
  return { calls, fetch }
}

describe('useRowCache', () => {
  it('asks once per block however often the grid asks', async () => {
    const src = deferredSource(1000)
    const cache = useRowCache(src.fetch)
    const first = cache.reset(false)
    void cache.ensureRange(0, 50)
    void cache.ensureRange(10, 60)
    expect(src.calls.map((c) => c.offset)).toEqual([0])
    src.calls[0]?.resolve()
    await first
    expect(cache.total.value).toBe(1000)
    void cache.ensureRange(0, 250)
    void cache.ensureRange(150, 250)
    expect(src.calls.map((c) => c.offset)).toEqual([0, BLOCK, 2 * BLOCK])
  })

  it('drops answers to an outdated query and keeps the old total until the new one lands', async () => {
    const src = deferredSource(1000)
    const cache = useRowCache(src.fetch)
    const first = cache.reset(false)
    src.calls[0]?.resolve()
    await first
    expect(cache.rowAt(5)).toBe(5)
    const stale = cache.ensureRange(100, 150)
    const fresh = cache.reset(true)
    expect(cache.total.value).toBe(1000)
    expect(cache.rowAt(5)).toBeUndefined()
    src.calls[1]?.resolve()
    await stale
    expect(cache.rowAt(100)).toBeUndefined()
    src.calls[2]?.resolve()
    await fresh
    expect(cache.rowAt(5)).toBe(5)
  })

  it('keeps a bounded number of blocks, dropping those far from where the grid looks', async () => {
    const cache = useRowCache((offset, limit) => Promise.resolve({ total: 1_000_000, offset, rows: Array.from({ length: limit }, (_, i) => offset + i) }))
    for (let b = 0; b < MAX_BLOCKS + 20; b++) await cache.ensureRange(b * BLOCK, b * BLOCK + 1)
    expect(cache.blocks.value.size).toBeLessThanOrEqual(MAX_BLOCKS)
    expect(cache.rowAt((MAX_BLOCKS + 19) * BLOCK)).toBe((MAX_BLOCKS + 19) * BLOCK)
    expect(cache.rowAt(0)).toBeUndefined()
    expect(cache.findLoaded((r) => r === (MAX_BLOCKS + 10) * BLOCK + 3)).toBe((MAX_BLOCKS + 10) * BLOCK + 3)
  })

  async function loadedFirstBlock(total: number) {
    const src = deferredSource(total)
    const cache = useRowCache(src.fetch)
    const first = cache.reset(false)
    src.calls[0]?.resolve()
    await first
    return { src, cache }
  }

  it('reads ahead of a downward scroll in one request for adjacent blocks, then serves rows from it', async () => {
    const { src, cache } = await loadedFirstBlock(10_000)
    // At rest the grid reads AHEAD_MIN rows below the window: blocks 1-3, as one request.
    cache.prefetch(0, 30, 1000)
    cache.prefetch(20, 50, 1100) // 0.1 rows/ms: reading speed
    expect(src.calls.slice(1).map((c) => [c.offset, c.limit])).toEqual([[BLOCK, AHEAD_MIN]])
    src.calls[1]?.resolve()
    await new Promise((r) => setTimeout(r, 0))
    expect(cache.rowAt(BLOCK + AHEAD_MIN - 1)).toBe(BLOCK + AHEAD_MIN - 1)
    // Rows already read are not asked again.
    cache.prefetch(40, 70, 1200)
    expect(src.calls).toHaveLength(2)
  })

  it('reads ahead above the window when scrolling up, nearest block first', async () => {
    const { src, cache } = await loadedFirstBlock(10_000)
    cache.prefetch(5_000, 5_030, 1000)
    src.calls.splice(1).forEach((c) => c.resolve())
    await new Promise((r) => setTimeout(r, 0))
    const before = src.calls.length
    cache.prefetch(4_980, 5_010, 1100)
    const asked = src.calls.slice(before).map((c) => [c.offset, c.limit])
    expect(asked[0]).toEqual([4_900 - (AHEAD_RUN - 1) * BLOCK, AHEAD_RUN * BLOCK])
  })

  it('reads nothing ahead during a fling: those rows would be passed before they arrive', async () => {
    const { src, cache } = await loadedFirstBlock(100_000)
    cache.prefetch(0, 30, 1000)
    const atRest = src.calls.length
    const fling = Math.ceil(AHEAD_MAX_SPEED * 16 * 4)
    cache.prefetch(fling, fling + 30, 1016)
    cache.prefetch(2 * fling, 2 * fling + 30, 1032)
    expect(src.calls).toHaveLength(atRest)
  })

  it('during a fling reads one painted window at a time, then only where the scroll is by then', async () => {
    const { src, cache } = await loadedFirstBlock(100_000)
    // 1,000 rows a frame: far past the read-ahead of the first paint, and a fling by any measure.
    const step = 1_000
    expect(step / 16).toBeGreaterThan(AHEAD_MAX_SPEED)
    // The grid paints, then reports the move (useRowWindow: ensureRange, then prefetch).
    const paint = (start: number, now: number): void => {
      void cache.ensureRange(start, start + 35)
      cache.prefetch(start, start + 35, now)
    }
    paint(0, 1000)
    paint(step, 1016)
    const before = src.calls.length
    paint(2 * step, 1032)
    paint(3 * step, 1048)
    paint(4 * step, 1064)
    // One read for the first window asked mid-fling; the one passed while it was on its way never is.
    expect(src.calls.slice(before).map((c) => c.offset)).toEqual([2 * step])
    src.calls[before]?.resolve()
    await new Promise((r) => setTimeout(r, 0))
    expect(src.calls.slice(before + 1).map((c) => c.offset)).toEqual([4 * step])
    src.calls[before + 1]?.resolve()
    await new Promise((r) => setTimeout(r, 0))
    expect([cache.rowAt(4 * step), cache.rowAt(3 * step)]).toEqual([4 * step, undefined])
    // A selection larger than a painted window is read at once, fling or not.
    const selection = cache.ensureRange(10_000, 10_000 + FLING_WINDOW + 1)
    expect(src.calls.slice(before + 2).map((c) => c.offset)).toEqual([10_000, 10_100, 10_200])
    src.calls.slice(before + 2).forEach((c) => c.resolve())
    await selection
    expect(cache.rowAt(10_200)).toBe(10_200)
  })
})

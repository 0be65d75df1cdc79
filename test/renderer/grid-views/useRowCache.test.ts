// composables/useRowCache: windows fetched once while in flight, stale answers dropped after a reset,
// bounded memory.
import { describe, expect, it } from 'vitest'
import type { Page } from '@shared/model/grid'
import { BLOCK, MAX_BLOCKS, useRowCache } from '../../../src/renderer/src/composables/useRowCache'

function deferredSource(total: number) {
  const calls: { offset: number; resolve: () => void }[] = []
  const fetch = (offset: number, limit: number): Promise<Page<number>> =>
    new Promise((resolve) => {
      calls.push({ offset, resolve: () => resolve({ total, offset, rows: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i) }) })
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
})

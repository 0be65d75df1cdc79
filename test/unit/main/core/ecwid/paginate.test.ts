// Unit tests for paginate: full walks, de-duplication after inserts, step-back after deletes,
// reconciliation and gap reporting, responseFields passthrough. A mutable in-memory "store".

import { describe, expect, it } from 'vitest'
import type { SearchResult } from '@shared/model'
import { collectAll, pageResponseFields, paginate, type FetchPage } from '../../../../../src/main/core/ecwid/paginate'

interface Item {
  id: number
}

/** A list served with offset/limit like Ecwid; `afterPage` mutates it between requests. */
function store(count: number, afterPage?: (request: number, items: Item[]) => void) {
  const items: Item[] = Array.from({ length: count }, (_, i) => ({ id: i + 1 }))
  const requests: { offset: number; limit: number; responseFields?: string }[] = []
  const fetchPage: FetchPage<Item> = async (offset, limit, responseFields) => {
    requests.push({ offset, limit, responseFields })
    const page: SearchResult<Item> = {
      total: items.length,
      count: Math.max(0, Math.min(limit, items.length - offset)),
      offset,
      limit,
      items: items.slice(offset, offset + limit)
    }
    afterPage?.(requests.length, items)
    return page
  }
  return { items, requests, fetchPage }
}

const ids = (list: Item[]): number[] => list.map((i) => i.id).sort((a, b) => a - b)

describe('paginate', () => {
  it('walks every page of a stable list with the minimum of requests', async () => {
    const s = store(250)
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    const all = await collectAll(pager)
    expect(all).toHaveLength(250)
    expect(s.requests.map((r) => r.offset)).toEqual([0, 100, 200])
    expect(pager.stats).toMatchObject({ requests: 3, items: 250, duplicates: 0, gaps: 0, reconcilePasses: 0, finalTotal: 250 })
  })

  it('handles an empty result and an exact multiple of the page size', async () => {
    const empty = store(0)
    const p1 = paginate(empty.fetchPage, { idOf: (i) => i.id })
    expect(await collectAll(p1)).toEqual([])
    expect(p1.stats.requests).toBe(1)
    const exact = store(200)
    const p2 = paginate(exact.fetchPage, { idOf: (i) => i.id })
    expect(await collectAll(p2)).toHaveLength(200)
    expect(p2.stats.requests).toBe(2)
  })

  it('yields page by page through pages()', async () => {
    const s = store(230)
    const sizes: number[] = []
    for await (const page of paginate(s.fetchPage, { idOf: (i) => i.id, limit: 100 }).pages()) sizes.push(page.length)
    expect(sizes).toEqual([100, 100, 30])
  })

  it('drops duplicates when items are inserted before the offset, then reconciles the missed insert', async () => {
    // Newest-first order: an item added after page 1 lands at the front and shifts everything right.
    const s = store(250, (n, items) => {
      if (n === 1) items.unshift({ id: 1001 }, { id: 1002 })
    })
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    const all = await collectAll(pager)
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length)
    expect(ids(all)).toEqual(ids(s.items))
    const stats = pager.stats
    expect(stats.duplicates).toBeGreaterThanOrEqual(2)
    expect(stats.reconcilePasses).toBe(1)
    expect(stats.gaps).toBe(0)
    expect(stats.finalTotal).toBe(252)
  })

  it('reports gaps instead of hiding them when reconciliation is not allowed', async () => {
    const s = store(250, (n, items) => {
      if (n === 1) items.unshift({ id: 1001 })
    })
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id, maxReconcilePasses: 0 })
    const all = await collectAll(pager)
    expect(all).toHaveLength(250)
    expect(pager.stats).toMatchObject({ gaps: 1, reconcilePasses: 0, duplicates: 1 })
  })

  it('steps back after deletions before the offset so no item is skipped', async () => {
    const s = store(300, (n, items) => {
      if (n === 1) items.splice(10, 5) // ids 11..15 deleted after page 1 was read
    })
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    const all = await collectAll(pager)
    const survivors = s.items.map((i) => i.id)
    for (const id of survivors) expect(all.some((i) => i.id === id)).toBe(true)
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length)
    expect(pager.stats).toMatchObject({ stepBacks: 1, reconcilePasses: 0, gaps: 0, surplus: 5, finalTotal: 295 })
    // One small extra request: the 5 positions just before offset 100.
    expect(s.requests).toContainEqual({ offset: 95, limit: 5, responseFields: undefined })
  })

  it('copes with deletes and inserts on several pages', async () => {
    const s = store(1000, (n, items) => {
      if (n === 2) items.splice(3, 7)
      if (n === 4) items.unshift({ id: 5001 })
      if (n === 6) items.splice(450, 3)
      if (n === 7) items.push({ id: 5002 })
    })
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    const all = await collectAll(pager)
    const got = new Set(all.map((i) => i.id))
    expect(got.size).toBe(all.length)
    for (const item of s.items) expect(got.has(item.id)).toBe(true)
    expect(pager.stats.gaps).toBe(0)
  })

  it('reconciles when an item is re-sorted to the front (sort by updated time)', async () => {
    const s = store(300, (n, items) => {
      if (n === 2) items.unshift(...items.splice(250, 1)) // id 251 updated: jumps to the front
    })
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    const all = await collectAll(pager)
    expect(ids(all)).toEqual(ids(s.items))
    expect(pager.stats.shifts).toBeGreaterThan(0)
    expect(pager.stats).toMatchObject({ reconcilePasses: 1, gaps: 0 })
  })

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('fuzz seed %i: random inserts or deletes during the walk lose nothing', async (seed) => {
    let x = seed * 7919
    const rnd = (n: number): number => {
      x = (x * 1103515245 + 12345) % 2147483648
      return x % n
    }
    const deletes = seed % 2 === 0
    let nextId = 100_000
    let walking = true
    const s = store(1234, (n, items) => {
      if (!walking || n > 14) return
      for (let k = rnd(4); k > 0; k--) {
        if (deletes) items.splice(rnd(items.length), 1 + rnd(3))
        else items.splice(rnd(items.length + 1), 0, { id: nextId++ })
      }
    })
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    const all: Item[] = []
    for await (const page of pager.pages()) {
      all.push(...page)
      if (pager.stats.reconcilePasses > 0) walking = false
    }
    const got = new Set(all.map((i) => i.id))
    expect(got.size).toBe(all.length)
    for (const item of s.items) expect(got.has(item.id)).toBe(true)
    expect(pager.stats.gaps).toBe(0)
  })

  it('passes responseFields with the envelope and id through to every page', async () => {
    const s = store(150)
    await collectAll(paginate(s.fetchPage, { idOf: (i) => i.id, responseFields: 'id,name,price' }))
    expect(s.requests.every((r) => r.responseFields === 'total,count,offset,limit,items(id,name,price)')).toBe(true)
  })

  it('fails loudly when items come back without ids', async () => {
    const fetchPage: FetchPage<{ name: string }> = async () => ({ total: 1, count: 1, offset: 0, limit: 100, items: [{ name: 'x' }] })
    const pager = paginate(fetchPage, { idOf: (i) => (i as unknown as { id: number }).id })
    await expect(collectAll(pager)).rejects.toMatchObject({ code: 'INTERNAL' })
  })

  it('can only be iterated once', async () => {
    const s = store(5)
    const pager = paginate(s.fetchPage, { idOf: (i) => i.id })
    await collectAll(pager)
    await expect(collectAll(pager)).rejects.toMatchObject({ code: 'INTERNAL' })
  })
})

describe('pageResponseFields', () => {
  it('wraps item fields and adds missing envelope fields', () => {
    expect(pageResponseFields('id,name')).toBe('total,count,offset,limit,items(id,name)')
    expect(pageResponseFields('items(id,sku)')).toBe('total,count,offset,limit,items(id,sku)')
    expect(pageResponseFields('total,items(id)')).toBe('count,offset,limit,total,items(id)')
  })
})

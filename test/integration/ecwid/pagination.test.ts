// Integration: paginate over thousands of sandbox items, with products created and deleted on the
// server between pages, responseFields, and truncated pages injected by the sandbox.

import { afterEach, describe, expect, it } from 'vitest'
import type { Product } from '../../../src/shared/model'
import { connect, disconnect, type Connected } from './helpers'

let c: Connected | undefined
afterEach(async () => {
  await disconnect(c)
  c = undefined
})

const isProductPage = (url: URL, method: string): boolean => method === 'GET' && /\/products$/.test(url.pathname)

describe('Ecwid client against the sandbox: pagination', () => {
  it('reads 5,000 products in 50 requests with responseFields', async () => {
    c = await connect({ sandbox: { products: 5_000 } })
    const pager = c.api.products.searchAll({ responseFields: 'id,sku,price' })
    const ids = new Set<number>()
    for await (const p of pager) {
      ids.add(p.id)
      expect(Object.keys(p).sort()).toEqual(['id', 'price', 'sku'])
    }
    expect(ids.size).toBe(5_000)
    expect(pager.stats).toMatchObject({ requests: 50, items: 5_000, duplicates: 0, gaps: 0, finalTotal: 5_000 })
    expect(c.sb.stats().requests).toBe(50)
    const first = new URL(c.urls[0]!)
    expect(first.searchParams.get('responseFields')).toBe('total,count,offset,limit,items(id,sku,price)')
  })

  it('reads thousands of orders (string ids) without duplicates', async () => {
    c = await connect({ sandbox: { orders: 2_345 } })
    const pager = c.api.orders.searchAll({ responseFields: 'id,total' })
    const ids = new Set<string>()
    for await (const o of pager) ids.add(o.id)
    expect(ids.size).toBe(2_345)
    expect(pager.stats.requests).toBe(24)
  })

  it('newest-first walk while products are created and deleted between pages: complete, no dupes', async () => {
    let pages = 0
    c = await connect({
      sandbox: { products: 2_000 },
      afterResponse: (sb, url, method) => {
        if (!isProductPage(url, method)) return
        pages++
        // Page 3: two products created (they sort first: shift right). Page 6: five deleted
        // among those already read (shift left). Page 9: one created and three deleted.
        if (pages === 3) {
          sb.state.createProduct({ name: 'new A', sku: 'NEW-A' })
          sb.state.createProduct({ name: 'new B', sku: 'NEW-B' })
        }
        if (pages === 6) for (const i of [1990, 1980, 1970, 1960, 1950]) sb.state.deleteProduct(i)
        if (pages === 9) {
          sb.state.createProduct({ name: 'new C', sku: 'NEW-C' })
          for (const i of [1500, 1400, 1300]) sb.state.deleteProduct(i)
        }
      }
    })
    const pager = c.api.products.searchAll({ sortBy: 'ADDED_TIME_DESC', responseFields: 'id,sku' })
    const seen: Pick<Product, 'id' | 'sku'>[] = []
    for await (const p of pager) seen.push(p)
    const ids = seen.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)

    const live = await c.api.products.search({ limit: 1, responseFields: 'total' })
    expect(live.total).toBe(2_000 + 3 - 8)
    const liveIds: number[] = []
    for await (const p of c.api.products.searchAll({ responseFields: 'id' })) liveIds.push(p.id)
    const got = new Set(ids)
    for (const id of liveIds) expect(got.has(id)).toBe(true)
    expect(seen.map((p) => p.sku)).toEqual(expect.arrayContaining(['NEW-A', 'NEW-B', 'NEW-C']))
    expect(pager.stats.gaps).toBe(0)
    expect(pager.stats.stepBacks).toBeGreaterThan(0)
    expect(pager.stats.reconcilePasses).toBe(1)
  })

  it('oldest-first walk picks up products created meanwhile at the end, with no re-walk', async () => {
    let pages = 0
    c = await connect({
      sandbox: { products: 1_000 },
      afterResponse: (sb, url, method) => {
        if (isProductPage(url, method) && ++pages === 4) sb.state.createProduct({ name: 'late', sku: 'LATE-1' })
      }
    })
    const pager = c.api.products.searchAll({ responseFields: 'id,sku' })
    const skus: string[] = []
    for await (const p of pager) skus.push(p.sku)
    expect(skus).toHaveLength(1_001)
    expect(skus.at(-1)).toBe('LATE-1')
    expect(pager.stats).toMatchObject({ reconcilePasses: 0, gaps: 0, requests: 11 })
  })

  it('copes with short (truncated) pages: advances by what came back, never skips', async () => {
    c = await connect({ sandbox: { products: 1_200 } })
    c.sb.setFaults({ truncateRate: 0.3, seed: 11 })
    const pager = c.api.products.searchAll({ responseFields: 'id' })
    const ids = new Set<number>()
    for await (const p of pager) ids.add(p.id)
    expect(c.sb.stats().faults.truncate).toBeGreaterThan(0)
    expect(ids.size).toBe(1_200)
    expect(pager.stats.gaps).toBe(0)
  })
})

// rankProducts on a synced sandbox store: each product's rank is its row index in queryProducts'
// own order for the same search, filters and sort, with its variation count; unmatched ids are absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProductQuery } from '../../../src/shared/model/grid'
import { queryProducts } from '../../../src/main/core/store/grids'
import { rankProducts } from '../../../src/main/core/store/product-ranks'
import { syncFixture, type SyncFixture } from './helpers'

let f: SyncFixture
beforeAll(async () => {
  f = await syncFixture()
  await f.sync()
})
afterAll(() => f?.close())

/** Every row of the query, in order, read window by window as the grid reads it. */
function allRows(q: Omit<ProductQuery, 'offset' | 'limit'>): { id: number; variationCount: number }[] {
  const out: { id: number; variationCount: number }[] = []
  for (let offset = 0; ; offset += 500) {
    const page = queryProducts(f.db, { ...q, offset, limit: 500 })
    out.push(...page.rows.map((r) => ({ id: r.id, variationCount: r.variationCount })))
    if (offset + 500 >= page.total) return out
  }
}

const QUERIES: Omit<ProductQuery, 'offset' | 'limit'>[] = [
  {},
  { sort: [{ field: 'price', dir: 'desc' }] },
  { sort: [{ field: 'name', dir: 'asc' }], filters: [{ field: 'enabled', kind: 'boolean', value: true }] },
  { search: 'mug', sort: [{ field: 'quantity', dir: 'asc' }, { field: 'sku', dir: 'desc' }] }
]

describe('product ranks', () => {
  it.each(QUERIES)('matches the grid order for %j', (q) => {
    const rows = allRows(q)
    expect(rows.length).toBeGreaterThan(0)
    const picked = [rows[rows.length - 1], rows[0], rows[Math.floor(rows.length / 2)]].map((r) => r!.id)
    const expected = picked.map((id) => ({ id, index: rows.findIndex((r) => r.id === id), variations: rows.find((r) => r.id === id)!.variationCount })).sort((a, b) => a.index - b.index)
    expect(rankProducts(f.db, { ...q, offset: 0, limit: 0 }, picked)).toEqual(expected)
    // null: every matching product that has variations, in order.
    const withVariations = rows.flatMap((r, index) => (r.variationCount > 0 ? [{ id: r.id, index, variations: r.variationCount }] : []))
    expect(rankProducts(f.db, { ...q, offset: 0, limit: 0 }, null)).toEqual(withVariations)
  })

  it('leaves out products the filter hides and refuses too many at once', () => {
    const hidden = allRows({ filters: [{ field: 'enabled', kind: 'boolean', value: false }] })[0]
    if (!hidden) throw new Error('the sandbox seeds no disabled product')
    expect(rankProducts(f.db, { filters: [{ field: 'enabled', kind: 'boolean', value: true }], offset: 0, limit: 0 }, [hidden.id])).toEqual([])
    expect(() => rankProducts(f.db, { offset: 0, limit: 0 }, Array.from({ length: 2001 }, (_, i) => i + 1))).toThrow(/At most 2,000/)
  })
})

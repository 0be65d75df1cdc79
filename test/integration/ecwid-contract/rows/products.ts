// Products: the search envelope and paging, and how a compare-to price is cleared.
import { expect } from 'vitest'
import { items, marker, obj, type ContractRow } from '../contract'

const SEARCH = 'https://docs.ecwid.com/api-reference/rest-api/products/search-products'
const UPDATE = 'https://api-docs.ecwid.com/reference/update-product'

export const productRows: ContractRow[] = [
  {
    id: 'products.search-envelope',
    doc: SEARCH,
    kind: 'read',
    async run(ctx) {
      const r = await ctx.get('/products')
      expect(r.status).toBe(200)
      const page = obj(r)
      // Default and maximum limit 100; count is what this page holds, total all that match.
      expect(page).toMatchObject({ offset: 0, limit: 100, total: expect.any(Number), count: expect.any(Number) })
      expect(page.count).toBe(items(r).length)
      expect(page.count).toBe(Math.min(100, page.total as number))
    }
  },
  {
    id: 'products.paging-offset-limit',
    doc: SEARCH,
    kind: 'read',
    async run(ctx) {
      const all = obj(await ctx.get('/products', { query: { limit: 5 } }))
      if ((all.total as number) < 4) ctx.skip('the store needs at least 4 products')
      const first = items(await ctx.get('/products', { query: { offset: 0, limit: 2 } }))
      const second = await ctx.get('/products', { query: { offset: 2, limit: 2 } })
      expect(obj(second)).toMatchObject({ offset: 2, limit: 2, count: 2, total: all.total })
      const ids = [...first, ...items(second)].map((p) => p.id)
      expect(new Set(ids).size).toBe(4)
      // Above the maximum, Ecwid answers at most 100.
      expect(items(await ctx.get('/products', { query: { limit: 250 } })).length).toBeLessThanOrEqual(100)
    }
  },
  {
    id: 'products.compare-to-price-cleared-by-zero',
    doc: UPDATE,
    kind: 'write',
    async run(ctx) {
      const made = await ctx.post('/products', { name: marker('product'), price: 10, compareToPrice: 15, enabled: false })
      expect(made.status).toBe(200)
      const id = obj(made).id as number
      ctx.cleanup(() => ctx.del(`/products/${id}`))
      expect(obj(await ctx.put(`/products/${id}`, { compareToPrice: 0 }))).toEqual({ updateCount: 1 })
      // Stockroom's "clear" for the compare-to price sends 0: the product shows no strike-out price.
      const after = obj(await ctx.get(`/products/${id}`))
      expect(after.compareToPrice ?? 0).toBe(0)
    }
  }
]

// Orders: the search envelope (items may lack documented-optional fields, which is not checked here).
import { expect } from 'vitest'
import { items, obj, type ContractRow } from '../contract'

const SEARCH = 'https://api-docs.ecwid.com/reference/search-orders'

export const orderRows: ContractRow[] = [
  {
    id: 'orders.search-envelope',
    doc: SEARCH,
    kind: 'read',
    async run(ctx) {
      const r = await ctx.get('/orders', { query: { limit: 10 } })
      expect(r.status).toBe(200)
      expect(obj(r)).toMatchObject({ offset: 0, limit: 10, total: expect.any(Number), count: items(r).length })
      expect(items(r).length).toBeLessThanOrEqual(10)
    }
  }
]

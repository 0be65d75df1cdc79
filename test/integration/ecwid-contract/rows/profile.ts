// Store profile: any valid token may read it; deleted-items history needs read_store_profile.
import { expect } from 'vitest'
import { obj, type ContractRow } from '../contract'

const PROFILE = 'https://api-docs.ecwid.com/reference/get-store-profile'
const DELETED = 'https://api-docs.ecwid.com/reference/get-deleted-items-history'
const DELETED_NEW = 'https://docs.ecwid.com/api-reference/rest-api/store-profile/store-reports/get-deleted-items-history'

export const profileRows: ContractRow[] = [
  {
    id: 'profile.readable',
    doc: PROFILE,
    kind: 'read',
    async run(ctx) {
      const r = await ctx.get('/profile')
      expect(r.status).toBe(200)
      expect(obj(r)).toMatchObject({ generalInfo: { storeId: expect.any(Number) } })
    }
  },
  {
    id: 'profile.deleted-items-envelope',
    doc: DELETED_NEW,
    kind: 'read',
    async run(ctx) {
      for (const entity of ['products', 'orders', 'customers', 'discount_coupons']) {
        const r = await ctx.get(`/${entity}/deleted`)
        expect({ entity, status: r.status }).toEqual({ entity, status: 200 })
        expect(obj(r)).toMatchObject({ total: expect.any(Number), count: expect.any(Number), offset: 0, items: expect.any(Array) })
      }
    }
  },
  {
    id: 'profile.deleted-items-need-read-store-profile',
    doc: DELETED,
    kind: 'read',
    async run(ctx) {
      // Both pages name read_store_profile; docs.ecwid.com also lists the entity's read scope.
      const token = ctx.tokenWith(['read_catalog', 'read_orders', 'read_customers', 'read_discount_coupons'])
      if (token === null) return ctx.skip('needs a second token without read_store_profile (sandbox only)')
      const r = await ctx.get('/products/deleted', { token })
      expect(r.status).toBe(403)
      expect(obj(r).errorCode).toBe('INSUFFICIENT_APP_SCOPE')
      const full = ctx.tokenWith(['read_store_profile', 'read_catalog'])
      expect((await ctx.get('/products/deleted', { token: full ?? undefined })).status).toBe(200)
    }
  }
]

// Discount coupons: search paging default, the settable statuses, the code length limit.
import { expect } from 'vitest'
import { items, marker, obj, type ContractCtx, type ContractRow } from '../contract'

const SEARCH = 'https://docs.ecwid.com/api-reference/rest-api/discounts/discount-coupons/search-discount-coupons'
const UPDATE = 'https://api-docs.ecwid.com/reference/update-discount-coupon'
const CREATE = 'https://api-docs.ecwid.com/reference/create-discount-coupon'

async function makeCoupon(ctx: ContractCtx): Promise<number> {
  const made = await ctx.post('/discount_coupons', { name: marker('coupon'), code: marker('code').toUpperCase(), discountType: 'ABS', discount: 1, status: 'PAUSED' })
  expect(made.status).toBe(200)
  const id = obj(made).id as number
  ctx.cleanup(() => ctx.del(`/discount_coupons/${id}`))
  return id
}

export const couponRows: ContractRow[] = [
  {
    id: 'coupons.search-limit-default-100',
    doc: SEARCH,
    kind: 'read',
    async run(ctx) {
      // The old reference said 10; the current page: "Maximum and default value ... is 100".
      const r = await ctx.get('/discount_coupons')
      expect(r.status).toBe(200)
      const page = obj(r)
      expect(page).toMatchObject({ offset: 0, limit: 100, total: expect.any(Number), count: items(r).length })
      expect(page.count).toBe(Math.min(100, page.total as number))
    }
  },
  {
    id: 'coupons.status-only-active-paused-settable',
    doc: UPDATE,
    kind: 'write',
    async run(ctx) {
      const id = await makeCoupon(ctx)
      expect(obj(await ctx.put(`/discount_coupons/${id}`, { status: 'ACTIVE' }))).toEqual({ updateCount: 1 })
      // "EXPIRED and USEDUP are set by Ecwid store only and not available in API".
      for (const status of ['EXPIRED', 'USEDUP']) {
        const r = await ctx.put(`/discount_coupons/${id}`, { status })
        if (r.status === 200) expect(obj(await ctx.get(`/discount_coupons/${id}`)).status).toBe('ACTIVE')
        else expect(r.status).toBe(400)
      }
    }
  },
  {
    id: 'coupons.code-max-128',
    doc: CREATE,
    kind: 'write',
    async run(ctx) {
      const id = await makeCoupon(ctx)
      const code128 = `C${'X'.repeat(121)}${Date.now().toString(36).toUpperCase()}`.slice(0, 128)
      expect(obj(await ctx.put(`/discount_coupons/${id}`, { code: code128 }))).toEqual({ updateCount: 1 })
      // "length limit is 128 characters": one more is refused.
      expect((await ctx.put(`/discount_coupons/${id}`, { code: `${code128}Y` })).status).toBe(400)
      expect(obj(await ctx.get(`/discount_coupons/${id}`)).code).toBe(code128)
    }
  }
]

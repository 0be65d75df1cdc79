// Customers: the name lives in billingPerson in the update table.
import { expect } from 'vitest'
import { items, marker, obj, type ContractCtx, type ContractRow } from '../contract'

const UPDATE = 'https://api-docs.ecwid.com/reference/update-customer'
const SEARCH = 'https://api-docs.ecwid.com/reference/search-customers'

/** The first customer of the store and its billing name, to restore after the row. */
async function someCustomer(ctx: ContractCtx): Promise<{ id: number; name: string }> {
  const first = items(await ctx.get('/customers', { query: { limit: 1 } }))[0]
  if (!first) return ctx.skip('the store has no customer')
  const full = obj(await ctx.get(`/customers/${String(first.id)}`))
  const billing = full.billingPerson as { name?: unknown } | undefined
  return { id: Number(first.id), name: typeof billing?.name === 'string' ? billing.name : '' }
}

export const customerRows: ContractRow[] = [
  {
    id: 'customers.search-envelope',
    doc: SEARCH,
    kind: 'read',
    async run(ctx) {
      const r = await ctx.get('/customers', { query: { limit: 5 } })
      expect(r.status).toBe(200)
      expect(obj(r)).toMatchObject({ offset: 0, limit: 5, total: expect.any(Number), count: items(r).length })
    }
  },
  {
    id: 'customers.name-in-billing-person',
    doc: UPDATE,
    kind: 'write',
    async run(ctx) {
      const { id, name } = await someCustomer(ctx)
      ctx.cleanup(() => ctx.put(`/customers/${id}`, { billingPerson: { name } }))
      const next = marker('name')
      expect(obj(await ctx.put(`/customers/${id}`, { billingPerson: { name: next } }))).toEqual({ updateCount: 1 })
      expect(obj(await ctx.get(`/customers/${id}`))).toMatchObject({ billingPerson: { name: next } })
    }
  },
  {
    id: 'customers.top-level-name-not-applied',
    doc: UPDATE,
    kind: 'write',
    async run(ctx) {
      const { id, name } = await someCustomer(ctx)
      ctx.cleanup(() => ctx.put(`/customers/${id}`, { billingPerson: { name } }))
      // The update table has no top-level name: refused, or at least never written as the name.
      const r = await ctx.put(`/customers/${id}`, { name: marker('top-level') })
      if (r.status === 200) expect(obj(await ctx.get(`/customers/${id}`)).billingPerson).toMatchObject({ name })
      else expect(r.status).toBe(400)
    }
  }
]

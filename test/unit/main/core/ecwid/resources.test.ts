// Unit tests for the resource modules behind createEcwidApi: each method's verb, path, query and
// body, id encoding, responseFields and the searchAll defaults. Fake fetch and scheduler.

import { describe, expect, it } from 'vitest'
import { createEcwidApi } from '../../../../../src/main/core/ecwid'
import { API_BASE, STORE_ID, TOKEN, fakeClock, fakeFetch, fakeScheduler, json, type Call } from './fakes'

function setup(answer: (call: Call) => unknown = () => ({})) {
  const f = fakeFetch((call) => json(answer(call)))
  const api = createEcwidApi({
    apiBase: API_BASE,
    storeId: STORE_ID,
    getToken: async () => TOKEN,
    scheduler: fakeScheduler().scheduler,
    fetch: f.fetch,
    clock: fakeClock()
  })
  const last = (): { method: string; path: string; query: Record<string, string>; body: unknown } => {
    const c = f.calls.at(-1)!
    return {
      method: c.method,
      path: c.url.pathname.replace(`/api/v3/${STORE_ID}`, ''),
      query: Object.fromEntries(c.url.searchParams),
      body: c.body
    }
  }
  return { api, f, last }
}

describe('resources', () => {
  it('products: search with filters, responseFields and dates', async () => {
    const { api, last } = setup(() => ({ total: 0, count: 0, offset: 0, limit: 100, items: [] }))
    await api.products.search({
      keyword: 'mug',
      categories: [3, 4],
      updatedFrom: new Date('2025-01-02T00:00:00Z'),
      sortBy: 'UPDATED_TIME_DESC',
      enabled: true,
      limit: 50,
      responseFields: 'total,items(id,sku)'
    })
    expect(last()).toEqual({
      method: 'GET',
      path: '/products',
      query: {
        keyword: 'mug',
        categories: '3,4',
        updatedFrom: String(Date.parse('2025-01-02T00:00:00Z') / 1000),
        sortBy: 'UPDATED_TIME_DESC',
        enabled: 'true',
        limit: '50',
        responseFields: 'total,items(id,sku)'
      },
      body: undefined
    })
  })

  it('products: get, create, update, delete, combinations', async () => {
    const { api, last } = setup()
    await api.products.get(7, { responseFields: 'id,price' })
    expect(last()).toMatchObject({ method: 'GET', path: '/products/7', query: { responseFields: 'id,price' } })
    await api.products.create({ name: 'Mug', price: 5 })
    expect(last()).toMatchObject({ method: 'POST', path: '/products', body: { name: 'Mug', price: 5 } })
    await api.products.update(7, { price: 6 })
    expect(last()).toMatchObject({ method: 'PUT', path: '/products/7', body: { price: 6 } })
    await api.products.delete(7)
    expect(last()).toMatchObject({ method: 'DELETE', path: '/products/7' })
    await api.products.combinations.list(7)
    expect(last()).toMatchObject({ method: 'GET', path: '/products/7/combinations' })
    await api.products.combinations.update(7, 99, { quantity: 3 })
    expect(last()).toMatchObject({ method: 'PUT', path: '/products/7/combinations/99', body: { quantity: 3 } })
  })

  it('products.searchAll walks pages sorted by ADDED_TIME_ASC with the envelope in responseFields', async () => {
    const all = Array.from({ length: 150 }, (_, i) => ({ id: i + 1 }))
    const { api, f } = setup((call) => {
      const offset = Number(call.url.searchParams.get('offset'))
      const limit = Number(call.url.searchParams.get('limit'))
      return { total: all.length, count: 0, offset, limit, items: all.slice(offset, offset + limit) }
    })
    const seen: number[] = []
    for await (const p of api.products.searchAll({ enabled: true, responseFields: 'id,name' })) seen.push(p.id)
    expect(seen).toHaveLength(150)
    expect(f.calls).toHaveLength(2)
    const q = Object.fromEntries(f.calls[1]!.url.searchParams)
    expect(q).toEqual({ sortBy: 'ADDED_TIME_ASC', enabled: 'true', offset: '100', limit: '100', responseFields: 'total,count,offset,limit,items(id,name)' })
  })

  it('orders: string ids are path-encoded; statuses become comma lists', async () => {
    const { api, last } = setup()
    await api.orders.search({ paymentStatus: ['PAID', 'REFUNDED'], ids: ['XJ12H', 'AB1'], createdFrom: 1700000000 })
    expect(last()).toMatchObject({ path: '/orders', query: { paymentStatus: 'PAID,REFUNDED', ids: 'XJ12H,AB1', createdFrom: '1700000000' } })
    await api.orders.get('A/B 1')
    expect(last().path).toBe('/orders/A%2FB%201')
    await api.orders.update('XJ12H', { fulfillmentStatus: 'SHIPPED', trackingNumber: '1Z' })
    expect(last()).toMatchObject({ method: 'PUT', path: '/orders/XJ12H', body: { fulfillmentStatus: 'SHIPPED', trackingNumber: '1Z' } })
    await api.orders.delete('XJ12H')
    expect(last()).toMatchObject({ method: 'DELETE', path: '/orders/XJ12H' })
  })

  it('coupons: search, get by id or code, create, update, delete', async () => {
    const { api, last } = setup()
    await api.coupons.search({ availability: 'ACTIVE', discount_type: ['ABS', 'PERCENT'] })
    expect(last()).toMatchObject({ path: '/discount_coupons', query: { availability: 'ACTIVE', discount_type: 'ABS,PERCENT' } })
    await api.coupons.get('SUMMER 10')
    expect(last().path).toBe('/discount_coupons/SUMMER%2010')
    await api.coupons.create({ name: 'S', code: 'S10', discountType: 'PERCENT', discount: 10 })
    expect(last()).toMatchObject({ method: 'POST', path: '/discount_coupons' })
    await api.coupons.update(5, { discount: 15 })
    expect(last()).toMatchObject({ method: 'PUT', path: '/discount_coupons/5', body: { discount: 15 } })
    await api.coupons.delete(5)
    expect(last()).toMatchObject({ method: 'DELETE', path: '/discount_coupons/5' })
  })

  it('customers, categories, profile', async () => {
    const { api, last } = setup()
    await api.customers.search({ email: 'a@b.c', useExactEmailMatch: true })
    expect(last()).toMatchObject({ path: '/customers', query: { email: 'a@b.c', useExactEmailMatch: 'true' } })
    await api.customers.get(3)
    expect(last().path).toBe('/customers/3')
    await api.customers.update(3, { acceptMarketing: false })
    expect(last()).toMatchObject({ method: 'PUT', path: '/customers/3', body: { acceptMarketing: false } })
    await api.categories.list({ parent: 0, hidden_categories: true })
    expect(last()).toMatchObject({ path: '/categories', query: { parent: '0', hidden_categories: 'true' } })
    await api.categories.get(12)
    expect(last().path).toBe('/categories/12')
    await api.profile.get({ responseFields: 'generalInfo,settings(storeName)' })
    expect(last()).toMatchObject({ path: '/profile', query: { responseFields: 'generalInfo,settings(storeName)' } })
    await api.profile.update({ settings: { closed: true } })
    expect(last()).toMatchObject({ method: 'PUT', path: '/profile', body: { settings: { closed: true } } })
  })

  it('stats: latest-stats and the four deleted-items endpoints', async () => {
    const { api, last } = setup(() => ({ total: 0, count: 0, offset: 0, limit: 100, items: [] }))
    await api.stats.latest({ productCountRequired: true })
    expect(last()).toMatchObject({ path: '/latest-stats', query: { productCountRequired: 'true' } })
    const paths: string[] = []
    for (const entity of ['products', 'orders', 'coupons', 'customers'] as const) {
      await api.stats.deleted(entity, { from_date: 1700000000, limit: 100 })
      paths.push(last().path)
      expect(last().query).toEqual({ from_date: '1700000000', limit: '100' })
    }
    expect(paths).toEqual(['/products/deleted', '/orders/deleted', '/discount_coupons/deleted', '/customers/deleted'])
    const items = []
    for await (const d of api.stats.deletedAll('orders', { from_date: '2025-01-01' })) items.push(d)
    expect(items).toEqual([])
  })

  it('batch and request are exposed on the api object', async () => {
    const { api, last } = setup(() => ({ ok: 1 }))
    await expect(api.request({ path: '/latest-stats' })).resolves.toEqual({ ok: 1 })
    expect(last().path).toBe('/latest-stats')
    expect(api.storeId).toBe(STORE_ID)
    expect(typeof api.batch).toBe('function')
  })
})

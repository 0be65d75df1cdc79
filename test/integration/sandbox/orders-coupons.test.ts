import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Coupon, Customer, CustomerSearchResult, DeletedItemsResult, LatestStats, Order, SearchResult, StoreProfile } from '../../../src/shared/model'
import { COUPON_STATUSES, COUPON_USES_LIMITS, DISCOUNT_TYPES, FULFILLMENT_STATUSES, PAYMENT_STATUSES } from '../../../src/shared/model'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from './helpers'

let sb: SandboxHandle
let api: ReturnType<typeof client>

beforeAll(async () => {
  sb = await startSandbox({ products: 300, orders: 3_000, customers: 200 })
  api = client(sb)
})
afterAll(() => sb.close())

describe('sandbox orders', () => {
  it('lists newest first with string ids, all statuses, items referencing products', async () => {
    const r = await api.get<SearchResult<Order>>('/orders?limit=100')
    expect(r.body).toMatchObject({ total: 3000, count: 100 })
    const o = r.body.items[0] as Order
    expect(o.id).toMatch(/^[A-Z2-9]{5}$/)
    expect(typeof o.internalId).toBe('number')
    expect(o.createTimestamp).toBeGreaterThanOrEqual((r.body.items[1] as Order).createTimestamp)
    const seenPay = new Set<string>()
    const seenFul = new Set<string>()
    for (let offset = 0; offset < 3000; offset += 100) {
      for (const x of (await api.get<SearchResult<Order>>(`/orders?offset=${offset}&responseFields=items(paymentStatus,fulfillmentStatus)`)).body.items) {
        seenPay.add(x.paymentStatus)
        seenFul.add(x.fulfillmentStatus)
      }
    }
    expect([...seenPay].sort()).toEqual([...PAYMENT_STATUSES].sort())
    expect([...seenFul].sort()).toEqual([...FULFILLMENT_STATUSES].sort())
    expect(o.items?.[0]?.productId).toBeGreaterThanOrEqual(700000000)
  })

  it('gets by id, internalId and orderNumber; filters by status, dates and keywords', async () => {
    const o = (await api.get<SearchResult<Order>>('/orders?limit=1')).body.items[0] as Order
    expect((await api.get<Order>(`/orders/${o.id}`)).body.id).toBe(o.id)
    expect((await api.get<Order>(`/orders/${o.internalId}`)).body.id).toBe(o.id)
    expect((await api.get<Order>(`/orders/${o.orderNumber}`)).body.id).toBe(o.id)
    expect((await api.get('/orders/ZZZZZ9')).status).toBe(404)
    const paid = await api.get<SearchResult<Order>>('/orders?paymentStatus=PAID,REFUNDED&fulfillmentStatus=SHIPPED')
    expect(paid.body.total).toBeGreaterThan(0)
    expect(paid.body.items.every((x) => ['PAID', 'REFUNDED'].includes(x.paymentStatus) && x.fulfillmentStatus === 'SHIPPED')).toBe(true)
    const created = await api.get<SearchResult<Order>>(`/orders?createdFrom=${o.createTimestamp}`)
    expect(created.body.items.every((x) => x.createTimestamp >= o.createTimestamp)).toBe(true)
    const kw = await api.get<SearchResult<Order>>(`/orders?keywords=${o.id}`)
    expect(kw.body.items.map((x) => x.id)).toContain(o.id)
    expect((await api.get('/orders?paymentStatus=NOPE')).status).toBe(400)
  })

  it('updates status/tracking/notes with validation, bumps updatedFrom, deletes into /orders/deleted', async () => {
    const t0 = Math.floor(Date.now() / 1000)
    const o = (await api.get<SearchResult<Order>>('/orders?limit=1&offset=10')).body.items[0] as Order
    expect((await api.put(`/orders/${o.id}`, { fulfillmentStatus: 'SHIPPED', trackingNumber: '1Z999', privateAdminNotes: '注意' })).body).toEqual({ updateCount: 1 })
    const after = (await api.get<Order>(`/orders/${o.id}`)).body
    expect(after).toMatchObject({ fulfillmentStatus: 'SHIPPED', trackingNumber: '1Z999', privateAdminNotes: '注意' })
    expect((await api.get<SearchResult<Order>>(`/orders?updatedFrom=${t0}`)).body.items.map((x) => x.id)).toEqual([o.id])
    expect((await api.put(`/orders/${o.id}`, { paymentStatus: 'SOMETIMES' })).status).toBe(400)
    expect((await api.del(`/orders/${o.id}`)).body).toEqual({ deleteCount: 1 })
    const deleted = await api.get<DeletedItemsResult>(`/orders/deleted?from_date=${t0}`)
    expect(deleted.body.items).toEqual([{ id: o.orderNumber, date: expect.any(String) }])
    expect((await api.get(`/orders/${o.id}`)).status).toBe(404)
  })
})

describe('sandbox coupons, customers, profile, stats', () => {
  it('seeds every coupon type, status and usesLimit; supports CRUD by id and code', async () => {
    const all: Coupon[] = []
    for (let offset = 0; offset < 300; offset += 100) all.push(...(await api.get<SearchResult<Coupon>>(`/discount_coupons?offset=${offset}`)).body.items)
    expect(all).toHaveLength(300)
    expect(new Set(all.map((c) => c.discountType))).toEqual(new Set(DISCOUNT_TYPES))
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(COUPON_STATUSES))
    expect(new Set(all.map((c) => c.usesLimit))).toEqual(new Set(COUPON_USES_LIMITS))
    const paused = await api.get<SearchResult<Coupon>>('/discount_coupons?availability=PAUSED&discount_type=PERCENT')
    expect(paused.body.items.every((c) => c.status === 'PAUSED' && c.discountType === 'PERCENT')).toBe(true)
    const made = await api.post<{ id: number; code: string }>('/discount_coupons', { name: 'Été 2025', code: 'ETE25', discountType: 'PERCENT', discount: 15 })
    expect(made.body.code).toBe('ETE25')
    expect((await api.get<Coupon>('/discount_coupons/ETE25')).body.id).toBe(made.body.id)
    expect((await api.put(`/discount_coupons/${made.body.id}`, { discount: 150 })).status).toBe(400)
    expect((await api.put(`/discount_coupons/${made.body.id}`, { discountType: 'FREE' })).status).toBe(400)
    expect((await api.post('/discount_coupons', { name: 'x', code: 'ETE25', discountType: 'ABS', discount: 1 })).status).toBe(409)
    expect((await api.put(`/discount_coupons/${made.body.id}`, { status: 'PAUSED' })).body).toEqual({ updateCount: 1 })
    expect((await api.del(`/discount_coupons/${made.body.id}`)).body).toEqual({ deleteCount: 1 })
    expect((await api.get<DeletedItemsResult>('/discount_coupons/deleted')).body.items.map((d) => d.id)).toEqual([made.body.id])
  })

  it('lists customers with allCustomerCount and stats; updates and deletes', async () => {
    const r = await api.get<CustomerSearchResult>('/customers?limit=50')
    expect(r.body).toMatchObject({ total: 200, count: 50, allCustomerCount: 200 })
    expect(r.body.items.some((c) => (c.stats?.numberOfOrders ?? 0) > 0)).toBe(true)
    const c = r.body.items[0] as Customer
    // The update-customer table has the name in billingPerson: https://api-docs.ecwid.com/reference/update-customer
    expect((await api.put(`/customers/${c.id}`, { acceptMarketing: true, billingPerson: { name: 'Zoë Ünal' } })).body).toEqual({ updateCount: 1 })
    expect((await api.put(`/customers/${c.id}`, { name: 'Top Level' })).status).toBe(400)
    expect((await api.get<Customer>(`/customers/${c.id}`)).body).toMatchObject({ acceptMarketing: true, name: 'Zoë Ünal' })
    expect((await api.put(`/customers/${c.id}`, { email: 'not-an-email' })).status).toBe(400)
    expect((await api.get('/customers/5')).status).toBe(404)
    await api.del(`/customers/${c.id}`)
    expect((await api.get<DeletedItemsResult>('/customers/deleted')).body.total).toBe(1)
  })

  it('serves and updates the profile; latest-stats moves on change', async () => {
    const p = (await api.get<StoreProfile>('/profile')).body
    expect(p.generalInfo.storeId).toBe(sb.storeId)
    expect(p.settings?.storeName).toBe('Demo Store')
    expect(p.formatsAndUnits).toMatchObject({ currency: 'USD', currencyPrefix: '$', currencyPrecision: 2 })
    const before = (await api.get<LatestStats>('/latest-stats?productCountRequired=true')).body
    expect(before.productCount).toBe(300)
    expect((await api.put('/profile', { settings: { storeName: 'Renamed ✨' } })).body).toEqual({ updateCount: 1 })
    expect((await api.get<StoreProfile>('/profile')).body.settings).toMatchObject({ storeName: 'Renamed ✨', closed: false })
    expect((await api.put('/profile', { formatsAndUnits: { currency: 'dollars' } })).status).toBe(400)
    await api.put('/products/700000001', { price: 1 })
    const after = (await api.get<LatestStats>('/latest-stats')).body
    expect(after.profileUpdated).not.toBe(before.profileUpdated)
    expect(after.productsUpdated).not.toBe(before.productsUpdated)
  })

  it('lets tests mutate state directly ("on the server")', async () => {
    const t0 = Math.floor(Date.now() / 1000)
    sb.state.updateProduct(5, (p) => { p.name = 'Changed elsewhere' })
    sb.state.deleteProduct(6)
    const changed = (await api.get<SearchResult<{ id: number }>>(`/products?updatedFrom=${t0}&responseFields=items(id)`)).body.items
    expect(changed).toContainEqual({ id: 700000005 })
    expect(changed).not.toContainEqual({ id: 700000006 })
    expect((await api.get<DeletedItemsResult>(`/products/deleted?from_date=${t0}`)).body.items.map((d) => d.id)).toEqual([700000006])
  })
})

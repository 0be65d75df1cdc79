// Integration: every resource's read and write path through createEcwidApi against the sandbox,
// with the real scheduler. Checks the store's state after writes and that no URL holds the token.

import { afterEach, describe, expect, it } from 'vitest'
import { connect, disconnect, PRODUCT_ID_BASE, type Connected } from './helpers'

let c: Connected | undefined
afterEach(async () => {
  await disconnect(c)
  c = undefined
})

describe('Ecwid client against the sandbox: resources', () => {
  it('products: search, get, create, update, delete, combinations', async () => {
    c = await connect()
    const { api, sb } = c
    const page = await api.products.search({ limit: 5, sortBy: 'ADDED_TIME_ASC', responseFields: 'total,items(id,sku,price)' })
    expect(page.total).toBe(300)
    expect(page.items).toHaveLength(5)
    expect(Object.keys(page.items[0]!).sort()).toEqual(['id', 'price', 'sku'])

    const id = page.items[0]!.id
    const full = await api.products.get(id)
    expect(full.id).toBe(id)
    const slim = await api.products.get(id, { responseFields: 'id,name' })
    expect(Object.keys(slim).sort()).toEqual(['id', 'name'])

    expect(await api.products.update(id, { price: 12.34 })).toEqual({ updateCount: 1 })
    expect(sb.state.products.get(id - PRODUCT_ID_BASE)?.price).toBe(12.34)

    const created = await api.products.create({ name: 'Integration mug', sku: 'INT-MUG-1', price: 9 })
    expect(typeof created.id).toBe('number')
    expect((await api.products.get(created.id)).sku).toBe('INT-MUG-1')
    expect(await api.products.delete(created.id)).toEqual({ deleteCount: 1 })
    await expect(api.products.get(created.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    const withVariations = (await api.products.search({ limit: 100 })).items.find((p) => (p.combinations ?? []).length > 0)
    expect(withVariations).toBeDefined()
    const variations = await api.products.combinations.list(withVariations!.id)
    expect(variations.length).toBeGreaterThan(0)
    const v = variations[0]!
    expect(await api.products.combinations.update(withVariations!.id, v.id, { price: 77 })).toEqual({ updateCount: 1 })
    expect((await api.products.combinations.list(withVariations!.id)).find((x) => x.id === v.id)?.price).toBe(77)
  })

  it('categories: list and get', async () => {
    c = await connect()
    const list = await c.api.categories.list({ limit: 10 })
    expect(list.items.length).toBeGreaterThan(0)
    const first = list.items[0]!
    expect((await c.api.categories.get(first.id)).name).toBe(first.name)
    const all = []
    for await (const cat of c.api.categories.listAll()) all.push(cat)
    expect(all).toHaveLength(list.total)
  })

  it('orders: search, get by string id, update, delete', async () => {
    c = await connect()
    const { api } = c
    const page = await api.orders.search({ limit: 3, paymentStatus: ['PAID', 'AWAITING_PAYMENT'] })
    expect(page.items.length).toBeGreaterThan(0)
    const order = page.items[0]!
    expect(typeof order.id).toBe('string')
    expect((await api.orders.get(order.id)).id).toBe(order.id)
    expect(await api.orders.update(order.id, { fulfillmentStatus: 'SHIPPED', trackingNumber: 'TRK-1' })).toEqual({ updateCount: 1 })
    const after = await api.orders.get(order.id)
    expect(after.fulfillmentStatus).toBe('SHIPPED')
    expect(after.trackingNumber).toBe('TRK-1')
    expect(await api.orders.delete(order.id)).toEqual({ deleteCount: 1 })
    await expect(api.orders.get(order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('coupons: search, get, create, update, delete', async () => {
    c = await connect()
    const { api } = c
    expect((await api.coupons.search({ limit: 5 })).items.length).toBeGreaterThan(0)
    const created = await api.coupons.create({ name: 'Ten off', code: 'INTTEN', discountType: 'PERCENT', discount: 10 })
    expect(created.code).toBe('INTTEN')
    expect((await api.coupons.get(created.id)).discount).toBe(10)
    expect(await api.coupons.update(created.id, { discount: 15 })).toEqual({ updateCount: 1 })
    expect((await api.coupons.get(created.id)).discount).toBe(15)
    expect(await api.coupons.delete(created.id)).toEqual({ deleteCount: 1 })
    await expect(api.coupons.get(created.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('customers: search, get, update', async () => {
    c = await connect()
    const { api } = c
    const page = await api.customers.search({ limit: 5 })
    expect(page.total).toBe(150)
    const customer = page.items[0]!
    expect((await api.customers.get(customer.id)).email).toBe(customer.email)
    expect(await api.customers.update(customer.id, { privateAdminNotes: 'VIP' })).toEqual({ updateCount: 1 })
    expect((await api.customers.get(customer.id)).privateAdminNotes).toBe('VIP')
  })

  it('profile: get and update', async () => {
    c = await connect()
    const { api } = c
    const profile = await api.profile.get()
    expect(profile.generalInfo.storeId).toBe(c.sb.storeId)
    expect(await api.profile.update({ settings: { storeName: 'Renamed by test' } })).toEqual({ updateCount: 1 })
    expect((await api.profile.get()).settings?.storeName).toBe('Renamed by test')
  })

  it('stats: latest-stats moves after a write; deleted endpoints list deletions', async () => {
    c = await connect()
    const { api } = c
    const before = await api.stats.latest()
    expect(before.productsUpdated).toBeTypeOf('string')
    const victim = (await api.products.search({ limit: 1 })).items[0]!
    await api.products.delete(victim.id)
    const order = (await api.orders.search({ limit: 1 })).items[0]!
    await api.orders.delete(order.id)
    const coupon = (await api.coupons.search({ limit: 1 })).items[0]!
    await api.coupons.delete(coupon.id)

    const deletedProducts = await api.stats.deleted('products')
    expect(deletedProducts.items.map((d) => d.id)).toContain(victim.id)
    expect((await api.stats.deleted('orders')).total).toBe(1)
    expect((await api.stats.deleted('coupons')).items.map((d) => d.id)).toContain(coupon.id)
    expect((await api.stats.deleted('customers')).total).toBe(0)
    const walked = []
    for await (const d of api.stats.deletedAll('products')) walked.push(d)
    expect(walked).toHaveLength(1)
  })

  it('never puts the token in a URL', async () => {
    c = await connect()
    await c.api.products.search({ limit: 1 })
    await c.api.profile.get()
    expect(c.urls.length).toBeGreaterThan(0)
    for (const url of c.urls) expect(url).not.toContain(c.sb.tokens.full)
  })
})

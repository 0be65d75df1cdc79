// The sandbox's PUT /profile and order statuses against Ecwid's pages:
// https://api-docs.ecwid.com/reference/update-store-profile (what an update applies or refuses),
// https://api-docs.ecwid.com/reference/search-custom-order-statuses and
// https://api-docs.ecwid.com/reference/update-custom-order-status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order, OrderStatusList, StoreProfile } from '../../../src/shared/model'
import { startSandbox, type SandboxHandle } from '../../../src/main/sandbox/server'
import { client } from './helpers'

let sb: SandboxHandle
let api: ReturnType<typeof client>

beforeAll(async () => {
  sb = await startSandbox({ products: 5, orders: 5, customers: 5, coupons: 2 })
  api = client(sb)
})
afterAll(() => sb.close())

const profile = async (): Promise<StoreProfile> => (await api.get<StoreProfile>('/profile')).body

describe('sandbox PUT /profile', () => {
  it('applies generalInfo.storeUrl and merges a block field by field', async () => {
    const r = await api.put('/profile', { generalInfo: { storeUrl: 'https://shop.example/store/' }, company: { city: 'Encinitas' } })
    expect(r.body).toEqual({ updateCount: 1 })
    const p = await profile()
    expect(p.generalInfo).toMatchObject({ storeId: sb.storeId, storeUrl: 'https://shop.example/store/', starterSite: { generatedUrl: `https://store${sb.storeId}.company.site` } })
    expect(p.company).toMatchObject({ city: 'Encinitas', countryCode: 'US', companyName: 'Demo Store LLC' })
  })

  it.each([
    [{ generalInfo: { storeId: 1 } }, 'generalInfo.storeId'],
    [{ generalInfo: { starterSite: { generatedUrl: 'https://x.example' } } }, 'generalInfo.starterSite.generatedUrl'],
    [{ formatsAndUnits: { currencyPrecision: 3 } }, 'formatsAndUnits.currencyPrecision'],
    [{ account: { availableFeatures: [] } }, 'account.availableFeatures'],
    [{ generalInfo: { storeUrl: 'shop.example' } }, 'generalInfo.storeUrl']
  ])('refuses %j with 400 and changes nothing', async (body, field) => {
    const before = JSON.stringify(await profile())
    const r = await api.put<{ errorMessage: string }>('/profile', { company: { city: 'Nowhere' }, ...body })
    expect(r.status).toBe(400)
    expect(r.body.errorMessage).toContain(field)
    expect(JSON.stringify(await profile())).toBe(before)
  })
})

describe('sandbox order statuses', () => {
  it('lists every built-in status and the custom slots, two custom ones enabled and named', async () => {
    const { items } = (await api.get<OrderStatusList>('/profile/order_statuses')).body
    expect(items).toHaveLength(20)
    expect(items.find((s) => s.statusId === 'PAID')).toMatchObject({ orderStatusType: 'PAYMENT_STATUS', defaultStatus: true, enabled: true })
    expect(items.filter((s) => !s.defaultStatus && s.enabled).map((s) => [s.statusId, s.name])).toEqual([
      ['CUSTOM_PAYMENT_STATUS_1', 'Money on hold'],
      ['CUSTOM_FULFILLMENT_STATUS_1', 'Gift wrapped']
    ])
    expect(items.find((s) => s.statusId === 'CUSTOM_PAYMENT_STATUS_2')).toMatchObject({ enabled: false })
    expect(items.find((s) => s.statusId === 'CUSTOM_PAYMENT_STATUS_2')?.name).toBeUndefined()
  })

  it('updates a custom status only, and needs update_store_profile', async () => {
    expect((await api.put('/profile/order_status/CUSTOM_PAYMENT_STATUS_2', { name: 'Deposit paid', enabled: true })).body).toEqual({ updateCount: 1 })
    expect((await api.put('/profile/order_status/PAID', { name: 'x' })).status).toBe(400)
    expect((await api.put('/profile/order_status/NO_SUCH', {})).status).toBe(404)
    expect((await client(sb, sb.tokens.readOnly).put('/profile/order_status/CUSTOM_PAYMENT_STATUS_2', { enabled: false })).status).toBe(403)
    const { items } = (await api.get<OrderStatusList>('/profile/order_statuses')).body
    expect(items.find((s) => s.statusId === 'CUSTOM_PAYMENT_STATUS_2')).toMatchObject({ name: 'Deposit paid', enabled: true })
  })

  it('an order takes an enabled custom status and refuses a disabled one', async () => {
    const order = (await api.get<{ items: Order[] }>('/orders?limit=1')).body.items[0] as Order
    expect((await api.put(`/orders/${order.id}`, { paymentStatus: 'CUSTOM_PAYMENT_STATUS_1', fulfillmentStatus: 'CUSTOM_FULFILLMENT_STATUS_1' })).status).toBe(200)
    expect((await api.get<Order>(`/orders/${order.id}`)).body).toMatchObject({ paymentStatus: 'CUSTOM_PAYMENT_STATUS_1', fulfillmentStatus: 'CUSTOM_FULFILLMENT_STATUS_1' })
    expect((await api.put(`/orders/${order.id}`, { fulfillmentStatus: 'CUSTOM_FULFILLMENT_STATUS_3' })).status).toBe(400)
    expect((await api.get<{ total: number }>('/orders?paymentStatus=CUSTOM_PAYMENT_STATUS_1&limit=1')).body.total).toBe(1)
  })
})

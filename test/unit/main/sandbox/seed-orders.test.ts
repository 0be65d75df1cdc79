// The demo store's orders must read as real ones: every order's terms add up to its total, shipping is
// free where the method says so, nothing charges for a $0 item, and no status contradicts another.
// Ecwid's terms: https://api-docs.ecwid.com/reference/get-order (total = subtotal + shipping + tax - discounts).
import { describe, expect, it } from 'vitest'
import type { Order } from '../../../../src/shared/model/order'
import { createStoreState } from '../../../../src/main/sandbox/state'

const state = createStoreState({ products: 300, orders: 2_000, customers: 100 })
const orders: Order[] = []
for (let i = 0; i < state.orders.size; i++) {
  const o = state.orders.get(i)
  if (o) orders.push(o)
}
const cents = (v: number): number => Math.round(v * 100)

describe('sandbox seed orders', () => {
  it('total = items + shipping + tax - discounts, to the cent, in every order', () => {
    expect(orders.length).toBe(2_000)
    for (const o of orders) {
      const items = (o.items ?? []).reduce((s, it) => s + cents(it.price) * it.quantity, 0)
      expect(cents(o.subtotal ?? 0), `order ${o.orderNumber} subtotal`).toBe(items)
      const terms = cents(o.subtotal ?? 0) + cents(o.shippingOption?.shippingRate ?? 0) + cents(o.tax ?? 0) - cents(o.couponDiscount ?? 0) - cents(o.discount ?? 0)
      expect(cents(o.total ?? 0), `order ${o.orderNumber} total`).toBe(terms)
    }
    // Some orders carry a coupon, so the panel's discount line is exercised by the demo too.
    expect(orders.some((o) => (o.couponDiscount ?? 0) > 0 && o.discountCoupon?.code)).toBe(true)
  })

  it('free shipping and pickup cost nothing; paid methods are charged', () => {
    const rate = (name: string) => new Set(orders.filter((o) => o.shippingOption?.shippingMethodName === name).map((o) => o.shippingOption?.shippingRate))
    expect(rate('Free shipping')).toEqual(new Set([0]))
    expect(rate('Pickup')).toEqual(new Set([0]))
    expect([...rate('Standard')].every((r) => (r ?? 0) > 0)).toBe(true)
  })

  it('no item at $0 and no order with a total but nothing bought', () => {
    for (const o of orders) {
      expect((o.items ?? []).every((it) => it.price > 0), `order ${o.orderNumber}`).toBe(true)
      if ((o.items ?? []).length === 0) expect(o.total).toBe(0)
    }
  })

  it('statuses never contradict: cancelled or unpaid orders are not sent, pickups are not shipped', () => {
    const sent = new Set(['SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'READY_FOR_PICKUP'])
    for (const o of orders) {
      const label = `order ${o.orderNumber}: ${o.paymentStatus} · ${o.fulfillmentStatus}`
      if (['CANCELLED', 'AWAITING_PAYMENT', 'INCOMPLETE', 'REFUNDED'].includes(o.paymentStatus)) expect(sent.has(o.fulfillmentStatus), label).toBe(false)
      if (o.fulfillmentStatus === 'RETURNED') expect(['REFUNDED', 'PARTIALLY_REFUNDED'], label).toContain(o.paymentStatus)
      if (o.shippingOption?.shippingMethodName === 'Pickup') expect(['SHIPPED', 'OUT_FOR_DELIVERY'], label).not.toContain(o.fulfillmentStatus)
      if (o.trackingNumber) expect(['SHIPPED', 'OUT_FOR_DELIVERY', 'DELIVERED'], label).toContain(o.fulfillmentStatus)
    }
  })
})

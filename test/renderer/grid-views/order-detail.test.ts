// grid-views/order-detail: an order's untrusted JSON read into text lines; wrong types are skipped.
import { describe, expect, it } from 'vitest'
import { addressLines, orderDetail, orderTerms } from '../../../src/renderer/src/components/grid-views/order-detail'

describe('orderDetail', () => {
  it('reads items, addresses and totals', () => {
    const d = orderDetail({
      total: 21.5, subtotal: 20, tax: 1.5, paymentMethod: 'Card', orderComments: 'Ring twice',
      items: [{ name: 'Mug', sku: 'M-1', quantity: 2, price: 10, selectedOptions: [{ name: 'Size', value: 'L' }] }, 'junk'],
      billingPerson: { name: 'Ann Lee', street: '1 Main St\nFlat 2', city: 'Austin', stateOrProvinceCode: 'TX', postalCode: '78701', countryName: 'United States' },
      shippingOption: { shippingMethodName: 'Express' }
    })
    expect(d?.items).toEqual([{ name: 'Mug', sku: 'M-1', options: 'Size: L', quantity: 2, price: 10 }])
    expect(d?.billing).toEqual(['Ann Lee', '1 Main St', 'Flat 2', 'Austin, TX 78701', 'United States'])
    expect(d).toMatchObject({ shipping: [], shippingMethod: 'Express', total: 21.5, tax: 1.5, comments: 'Ring twice', discount: null })
  })

  it('survives missing and mistyped data', () => {
    expect(orderDetail(null)).toBeNull()
    expect(orderDetail([1, 2])).toBeNull()
    expect(orderDetail({ items: 'x', total: 'lots', billingPerson: ['x'] })).toMatchObject({ items: [], total: null, billing: [] })
    expect(addressLines({ name: { nested: true }, city: 'Oslo' })).toEqual(['Oslo'])
  })
})

describe('orderTerms', () => {
  it('lists every term of the total: subtotal, shipping (also when free), discounts as negatives, tax', () => {
    const d = orderDetail({
      total: 24.43, subtotal: 20, tax: 1.44, couponDiscount: 2, discountCoupon: { code: 'SAVE10' },
      shippingOption: { shippingMethodName: 'Standard', shippingRate: 4.99 }
    })
    const terms = d ? orderTerms(d) : []
    expect(terms.map((t) => [t.label, t.amount])).toEqual([['Subtotal', 20], ['Shipping (Standard)', 4.99], ['Coupon SAVE10', -2], ['Tax', 1.44]])
    expect(Math.round(terms.reduce((s, t) => s + t.amount, 0) * 100)).toBe(Math.round((d?.total ?? 0) * 100))
    const free = orderDetail({ subtotal: 5, total: 5, shippingOption: { shippingMethodName: 'Pickup', shippingRate: 0 } })
    expect(free ? orderTerms(free).find((t) => t.key === 'shipping') : undefined).toEqual({ key: 'shipping', label: 'Shipping (Pickup)', amount: 0 })
  })
})

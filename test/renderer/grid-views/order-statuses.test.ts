// The orders grid's status choices follow the store: built-in statuses plus its enabled custom ones,
// labelled with the store's names (https://api-docs.ecwid.com/reference/search-custom-order-statuses).
import { describe, expect, it } from 'vitest'
import type { OrderStatus } from '@shared/model/order-status'
import { orderColumns } from '../../../src/renderer/src/components/grid-views/columns'
import { orderStatusOptions } from '../../../src/renderer/src/composables/useOrderStatuses'
import { withStoreChoices } from '../../../src/renderer/src/components/grid-views/bulk-edit'

const statuses: OrderStatus[] = [
  { statusId: 'PAID', orderStatusType: 'PAYMENT_STATUS', defaultStatus: true, enabled: true },
  { statusId: 'CUSTOM_PAYMENT_STATUS_1', orderStatusType: 'PAYMENT_STATUS', defaultStatus: false, enabled: true, name: 'Money on hold' },
  { statusId: 'CUSTOM_PAYMENT_STATUS_2', orderStatusType: 'PAYMENT_STATUS', defaultStatus: false, enabled: false },
  { statusId: 'CUSTOM_FULFILLMENT_STATUS_1', orderStatusType: 'FULFILLMENT_STATUS', defaultStatus: false, enabled: true, name: 'Gift wrapped' }
]
const fmt = { money: String, weight: String, dateTime: String }

describe('order status choices', () => {
  it('offer the enabled custom statuses under the store names, never a disabled slot', () => {
    const o = orderStatusOptions(statuses)
    expect(o.payment).toContainEqual({ value: 'CUSTOM_PAYMENT_STATUS_1', label: 'Money on hold' })
    expect(o.payment).toContainEqual({ value: 'AWAITING_PAYMENT', label: 'Awaiting payment' })
    expect(o.payment.map((x) => x.value)).not.toContain('CUSTOM_PAYMENT_STATUS_2')
    expect(o.fulfillment.at(-1)).toEqual({ value: 'CUSTOM_FULFILLMENT_STATUS_1', label: 'Gift wrapped' })
    const cols = orderColumns(fmt, o)
    expect(cols.find((c) => c.key === 'paymentStatus')?.options).toBe(o.payment)
  })

  it('without synced statuses: the built-in ones only', () => {
    expect(orderStatusOptions([]).payment.map((x) => x.value)).toEqual(['AWAITING_PAYMENT', 'PAID', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'INCOMPLETE'])
  })
})

describe('bulk edit status choices', () => {
  it('orders offer the store choices for both status fields; coupons offer only ACTIVE and PAUSED', () => {
    const o = orderStatusOptions(statuses)
    const spec = withStoreChoices('orders', { paymentStatus: o.payment, fulfillmentStatus: o.fulfillment })
    expect(spec.set.find((f) => f.field === 'paymentStatus')?.options).toContainEqual({ value: 'CUSTOM_PAYMENT_STATUS_1', label: 'Money on hold' })
    expect(spec.set.find((f) => f.field === 'fulfillmentStatus')?.options).toBe(o.fulfillment)
    const coupons = withStoreChoices('coupons', { status: [{ value: 'EXPIRED', label: 'Expired' }] })
    expect(coupons.set.find((f) => f.field === 'status')?.options?.map((x) => x.value)).not.toContain('EXPIRED')
  })
})

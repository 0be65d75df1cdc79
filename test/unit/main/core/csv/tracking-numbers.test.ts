// The tracking-numbers preset: courier files with their own headers, SHIPPED implied, never downgraded.
import { describe, expect, it } from 'vitest'
import { planImport } from '../../../../../src/main/core/csv/import'
import { bytes, fixture, lookupOf, order } from './helpers'

describe('tracking numbers preset', () => {
  const orders = [order(1001), order(1002), order(1003, { fulfillmentStatus: 'DELIVERED' })]
  const run = (file: Buffer | string) => planImport({ resource: 'orders', format: 'orders-tracking', source: bytes(file), lookup: lookupOf({ orders }) })

  it('maps "Order #;AWB;Courier", sets tracking + SHIPPED, leaves blank tracking alone, never downgrades DELIVERED', async () => {
    const r = await run(fixture('tracking-courier.csv'))
    expect(r.mapping.map((m) => m.field)).toEqual(['orderNumber', 'trackingNumber', 'shippingOption.shippingCarrierName'])
    expect(r.changes.map((c) => [c.entityId, c.field, c.after])).toEqual([
      ['ORD1001', 'trackingNumber', '1Z999AA10123456784'],
      ['ORD1001', 'shippingOption.shippingCarrierName', 'UPS'],
      ['ORD1001', 'fulfillmentStatus', 'SHIPPED'],
      ['ORD1002', 'shippingOption.shippingCarrierName', 'DHL'],
      ['ORD1003', 'trackingNumber', 'JD0001'],
      ['ORD1003', 'shippingOption.shippingCarrierName', 'DHL']
    ])
  })

  it('an explicit status column wins over the implied SHIPPED', async () => {
    const r = await run('Order number,Tracking number,Status\n1001,T1,delivered\n')
    expect(r.changes.map((c) => [c.field, c.after])).toEqual([
      ['trackingNumber', 'T1'],
      ['fulfillmentStatus', 'DELIVERED']
    ])
  })

  it('unknown order numbers are reported, never created', async () => {
    const r = await planImport({ resource: 'orders', format: 'orders-tracking', source: bytes('Order,Tracking\n4242,T\n'), lookup: lookupOf({ orders }), allowCreate: true })
    expect(r.issues).toMatchObject([{ code: 'NOT_FOUND', row: 2 }])
  })
})

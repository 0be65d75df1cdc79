// Every editable order field in the descriptors (src/shared/model/schema/order.ts) walks through
// every layer: staged and validated in a session, pushed to the sandbox, synced back, shown and
// found in the orders grid, exported as CSV and re-imported. A field added to the descriptor is
// walked here without a new test.
// Ecwid: https://api-docs.ecwid.com/reference/update-order (the writable fields of an order).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderQuery } from '@shared/model/grid'
import type { Order } from '@shared/model/order'
import { ORDER_FIELDS } from '@shared/model/schema'
import { getPath } from '../../../src/main/core/csv/field-path'
import { queryOrders } from '../../../src/main/core/store/grids'
import { csvServiceFixture, type CsvServiceFixture } from '../csv/service-fixture'
import { isEmpty, sampleFor, walkFlatResource, walkedFields } from './walk-helpers'

let fx: CsvServiceFixture
beforeAll(async () => {
  fx = await csvServiceFixture()
}, 60_000)
afterAll(async () => {
  await fx?.close()
})

const walked = walkedFields(ORDER_FIELDS)

describe('order field descriptors walk through every layer', () => {
  it('stage -> validate -> push -> sync -> grid -> export -> re-import, one field per order', async () => {
    const sb = fx.f.sb
    const before = await fx.exported('orders', 'before.csv')
    const orders = sb.state.orders.select(() => true).map((i) => sb.state.orders.get(i) as Order)
    expect(orders.length).toBeGreaterThanOrEqual(walked.length)
    expect(walked.map((f) => f.path)).toEqual(expect.arrayContaining(['paymentStatus', 'fulfillmentStatus', 'trackingNumber', 'privateAdminNotes']))
    const plan = walked.map((f, i) => {
      const o = orders[i] as Order
      return { f, id: o.id, value: sampleFor(f, o, i, []), had: !isEmpty(getPath(o, f.path)) }
    })

    await walkFlatResource(fx, { resource: 'orders', idHeader: 'Order ID', query: (q) => queryOrders(fx.db, q as OrderQuery), server: (id) => serverOrder(String(id)), plan, before })
  }, 180_000)
})

function serverOrder(id: string): Order {
  const sb = fx.f.sb
  return sb.state.orders.get(sb.state.orderIndex(id) as number) as Order
}

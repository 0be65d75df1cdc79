// Custom order statuses through a session against the sandbox: staging accepts a status the store has
// enabled (read from GET /profile/order_statuses,
// https://api-docs.ecwid.com/reference/search-custom-order-statuses), refuses a disabled or unknown
// one with a message that says why, and the push sets it on Ecwid's order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/main/core/sessions/ports'
import { setup, type Harness } from './helpers'

let h: Harness
let orderId: string
beforeEach(async () => {
  h = await setup()
  const order = h.sb.state.orders.get(0)
  if (!order) throw new Error('the sandbox has no order')
  orderId = order.id
  h.ports.load('orders', [structuredClone(order) as unknown as Entity])
})
afterEach(async () => h.close())

describe('custom order statuses', () => {
  it('stages and pushes an enabled custom status, refuses disabled and unknown ones', async () => {
    const { service, storeId, sb } = h
    const s = await service.api.createSession(storeId, 'Statuses')
    const r = await service.api.stageEdits(storeId, s.id, [
      { resource: 'orders', entityId: orderId, field: 'paymentStatus', value: 'CUSTOM_PAYMENT_STATUS_1' },
      { resource: 'orders', entityId: orderId, field: 'fulfillmentStatus', value: 'CUSTOM_FULFILLMENT_STATUS_2' }
    ])
    expect(r.staged).toBe(1)
    expect(r.rejected).toEqual([expect.objectContaining({ field: 'fulfillmentStatus', message: expect.stringMatching(/CUSTOM_FULFILLMENT_STATUS_1.*enabled in Ecwid/) })])
    const bogus = await service.api.stageEdits(storeId, s.id, [{ resource: 'orders', entityId: orderId, field: 'paymentStatus', value: 'ON_HOLD' }])
    expect(bogus.rejected).toHaveLength(1)
    expect(await service.runPush(storeId, s.id)).toMatchObject({ applied: 1, failed: 0 })
    expect(sb.state.orders.get(0)?.paymentStatus).toBe('CUSTOM_PAYMENT_STATUS_1')
  })

  it('a custom slot the store has enabled since is accepted', async () => {
    const { service, storeId, sb } = h
    const slot = sb.state.orderStatuses.find((st) => st.statusId === 'CUSTOM_FULFILLMENT_STATUS_2')
    if (!slot) throw new Error('no custom slot')
    slot.enabled = true
    slot.name = 'Packed by hand'
    const s = await service.api.createSession(storeId, 'Later')
    const r = await service.api.stageEdits(storeId, s.id, [{ resource: 'orders', entityId: orderId, field: 'fulfillmentStatus', value: 'CUSTOM_FULFILLMENT_STATUS_2' }])
    expect(r).toMatchObject({ staged: 1, rejected: [] })
  })
})

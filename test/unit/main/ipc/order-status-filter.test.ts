// The orders grid filter crosses IPC through a schema built from ORDER_COLUMNS: a store's custom
// statuses (https://api-docs.ecwid.com/reference/search-custom-order-statuses) pass, made-up ones do not.
import { describe, expect, it } from 'vitest'
import { orderQuerySchema } from '../../../../src/main/ipc/grid-schemas'

describe('order status filter over IPC', () => {
  it('accepts CUSTOM_PAYMENT_STATUS_1 and refuses an unknown status', () => {
    const q = { offset: 0, limit: 50, filters: [{ field: 'paymentStatus', kind: 'enum', values: ['CUSTOM_PAYMENT_STATUS_1'] }] }
    expect(orderQuerySchema.safeParse(q).success).toBe(true)
    expect(orderQuerySchema.safeParse({ ...q, filters: [{ field: 'paymentStatus', kind: 'enum', values: ['ON_HOLD'] }] }).success).toBe(false)
  })
})

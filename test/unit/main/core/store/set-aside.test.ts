// Nothing crashes a sync: Ecwid documents every order field but `id` as optional
// (https://api-docs.ecwid.com/reference/search-orders), so such orders are stored with empty
// fields, and an item that cannot be stored at all is set aside with its reason.
import { describe, expect, it } from 'vitest'
import type { Order } from '../../../../../src/shared/model'
import { openDb } from '../../../../../src/main/core/store/db'
import { countRows, upsertOrders } from '../../../../../src/main/core/store/entities'
import { readSetAside } from '../../../../../src/main/core/store/sync-state-repo'

const order = (i: number, extra: Partial<Order> = {}): Order =>
  ({ id: `X${i}`, internalId: 1000 + i, orderNumber: i, email: `a${i}@x.io`, total: 5, paymentStatus: 'PAID', fulfillmentStatus: 'SHIPPED', items: [], ...extra }) as Order

describe('orders with documented-optional fields absent', () => {
  it('stores an order without orderNumber, email or items, and sets aside one without an internal id', () => {
    const db = openDb(':memory:')
    const bare = { id: 'BARE1', internalId: 77 } as unknown as Order
    const broken = { id: 'NOINT' } as unknown as Order
    upsertOrders(db, [order(1), bare, broken, order(2)], 1)
    expect(countRows(db, 'orders')).toBe(3)
    const row = db.get<{ order_number: number | null; email: string; total: number | null }>('SELECT order_number, email, total FROM orders WHERE id = ?', ['BARE1'])
    expect(row).toEqual({ order_number: null, email: '', total: null })
    expect(readSetAside(db)).toEqual([{ resource: 'orders', count: 1, examples: [{ id: 'NOINT', reason: 'it has no internal id' }] }])
    upsertOrders(db, [{ id: 'NOINT', internalId: 78 } as unknown as Order], 1)
    expect(readSetAside(db)).toEqual([])
    db.close()
  })
})

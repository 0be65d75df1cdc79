// Order statuses kept with the synced profile row: a later profile save (after a push, or a sync
// that only re-reads /profile, which has no statuses) keeps them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OrderStatus } from '../../../../../src/shared/model/order-status'
import { openDb, type Db } from '../../../../../src/main/core/store/db'
import { loadProfile, saveProfile } from '../../../../../src/main/core/store/entities'
import { loadOrderStatuses, saveOrderStatuses } from '../../../../../src/main/core/store/order-statuses'

let db: Db
beforeEach(() => {
  db = openDb(':memory:')
})
afterEach(() => db.close())

const custom: OrderStatus = { statusId: 'CUSTOM_PAYMENT_STATUS_1', orderStatusType: 'PAYMENT_STATUS', defaultStatus: false, enabled: true, name: 'Money on hold' }

describe('order statuses in the local copy', () => {
  it('are null before a sync read them, and survive a later profile save', () => {
    expect(loadOrderStatuses(db)).toBeNull()
    saveProfile(db, { generalInfo: { storeId: 1 }, settings: { storeName: 'A' } }, 1)
    saveOrderStatuses(db, [custom])
    saveProfile(db, { generalInfo: { storeId: 1 }, settings: { storeName: 'B' } }, 2)
    expect(loadOrderStatuses(db)).toEqual([custom])
    expect(loadProfile(db)?.settings?.storeName).toBe('B')
  })
})

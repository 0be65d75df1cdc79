// store/lookups: the profile's formats, category paths for pickers, and one entity's full JSON
// (orders by their public id) from the local copy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDb, type Db } from '../../../../../src/main/core/store/db'
import { saveProfile, upsertCategories, upsertOrders, upsertProducts } from '../../../../../src/main/core/store/entities'
import { listCategoryOptions, readEntityJson, readStoreFormats } from '../../../../../src/main/core/store/lookups'
import { category, order, product } from './fixtures'

let db: Db
beforeEach(() => {
  db = openDb(':memory:')
})
afterEach(() => db.close())

describe('lookups', () => {
  it('reads formatsAndUnits from the synced profile, null before one', () => {
    expect(readStoreFormats(db)).toBeNull()
    saveProfile(db, { generalInfo: { storeId: 1 }, formatsAndUnits: { currency: 'EUR', currencySuffix: ' €' } }, 1)
    expect(readStoreFormats(db)).toEqual({ currency: 'EUR', currencySuffix: ' €' })
  })

  it('lists categories with their paths, sorted, surviving a parent cycle', () => {
    upsertCategories(db, [category(1, 'Clothes'), category(2, 'Shirts', { parentId: 1 }), category(3, 'Art', { enabled: false }), category(4, 'Loop', { parentId: 5 }), category(5, 'Back', { parentId: 4 })], 1)
    const list = listCategoryOptions(db)
    expect(list.map((c) => c.path)).toEqual(['Art', 'Back / Loop', 'Clothes', 'Clothes / Shirts', 'Loop / Back'])
    expect(list.find((c) => c.id === 3)?.enabled).toBe(false)
  })

  it('returns one entity’s full JSON, orders by public id, null when absent', () => {
    upsertProducts(db, [product(7, { description: '<p>Hi</p>' })], 1)
    upsertOrders(db, [order(3)], 1)
    expect(readEntityJson(db, 'products', 7)).toMatchObject({ id: 7, description: '<p>Hi</p>' })
    expect(readEntityJson(db, 'orders', 'ORD3')).toMatchObject({ id: 'ORD3', orderNumber: 1003 })
    expect(readEntityJson(db, 'orders', 'NOPE')).toBeNull()
    expect(readEntityJson(db, 'products', 'abc')).toBeNull()
  })
})

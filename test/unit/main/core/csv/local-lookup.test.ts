// The local-copy lookup answers byId the same with or without a read-ahead (prefetch) of the batch's
// ids: for every resource, for ids as numbers and as cell text, for unknown, odd and repeated ids.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStoreLookup } from '../../../../../src/main/core/csv/local-lookup'
import type { CsvResource } from '../../../../../src/main/core/csv/types'
import { openDb, type Db } from '../../../../../src/main/core/store/db'
import { upsertCoupons, upsertCustomers, upsertOrders, upsertProducts } from '../../../../../src/main/core/store/entities'
import { coupon, customer, order, product } from '../store/fixtures'

let db: Db
beforeEach(() => {
  db = openDb(':memory:')
  upsertProducts(db, [product(1), product(2), product(30)], 1)
  upsertOrders(db, [order(1), order(2)], 1)
  upsertCoupons(db, [coupon(5), coupon(6)], 1)
  upsertCustomers(db, [customer(8)], 1)
})
afterEach(() => db.close())

const ASKED: Record<CsvResource, (number | string)[]> = {
  products: [1, '2', ' 30 ', 1, 999, 0, -1, 'x', '1.5'],
  orders: ['ORD1', 'ORD2', 'ORD1', 'ORD9', 'ord1', 1],
  coupons: [5, '6', 7],
  customers: [8, '8', 9]
}

describe('store lookup read-ahead', () => {
  for (const [resource, ids] of Object.entries(ASKED) as [CsvResource, (number | string)[]][]) {
    it(`answers byId for ${resource} as without it`, async () => {
      const plain = createStoreLookup(db)
      const expected = await Promise.all(ids.map((id) => plain.byId(resource, id)))
      expect(expected.filter(Boolean).length).toBeGreaterThan(0)
      const ahead = createStoreLookup(db)
      await ahead.prefetch?.(resource, [...ids, null, undefined, { id: 1 }])
      const got = []
      for (const id of ids) got.push(await ahead.byId(resource, id))
      expect(got).toEqual(expected)
      // Each caller gets its own object, as a fresh read would give.
      const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i)
      if (twice >= 0) expect(got[twice]).not.toBe(got[ids.indexOf(ids[twice] as number | string)])
    })
  }

  it('reads the batch in one statement and only falls back for ids it did not find', async () => {
    const lookup = createStoreLookup(db)
    const calls: string[] = []
    const all = db.all.bind(db)
    const get = db.get.bind(db)
    db.all = ((sql: string, params?: never[]) => (calls.push('all'), all(sql, params))) as Db['all']
    db.get = ((sql: string, params?: never[]) => (calls.push('get'), get(sql, params))) as Db['get']
    await lookup.prefetch?.('products', [1, 2, 999])
    await lookup.byId('products', 1)
    await lookup.byId('products', 2)
    await lookup.byId('products', 999)
    expect(calls).toEqual(['all', 'get'])
  })

  it('does not answer another resource from a read-ahead', async () => {
    const lookup = createStoreLookup(db)
    await lookup.prefetch?.('coupons', [5])
    expect(await lookup.byId('products', 5)).toBeUndefined()
    expect(await lookup.byId('coupons', 5)).toMatchObject({ id: 5, code: 'CODE5' })
  })
})

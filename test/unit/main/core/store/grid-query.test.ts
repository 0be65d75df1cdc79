// Grid queries over the local store: every filter kind, sorts (multi-key, desc, ties), windows,
// search (FTS trigram and short-word LIKE), and input that must not become SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnyGridQuery } from '../../../../../src/shared/model/grid'
import { openDb, type Db } from '../../../../../src/main/core/store/db'
import { upsertCategories, upsertCoupons, upsertCustomers, upsertOrders, upsertProducts } from '../../../../../src/main/core/store/entities'
import { buildGridSql, ftsPhrase, likePattern } from '../../../../../src/main/core/store/grid-query'
import { PRODUCT_GRID, queryCoupons, queryCustomers, queryOrders, queryProducts } from '../../../../../src/main/core/store/grids'
import { category, coupon, customer, date, order, product } from './fixtures'

let db: Db
const NAMES = ['banana split', 'Apple pie', 'cherry tart', 'apple crumble', 'Date loaf', '100% juice', 'under_score']

beforeAll(() => {
  db = openDb(':memory:')
  upsertCategories(db, [category(1, 'Desserts'), category(2, 'Drinks')], 1)
  upsertProducts(db, NAMES.map((name, i) => product(i + 1, {
    name, price: (i + 1) * 10, enabled: i !== 2, unlimited: i === 4, quantity: i === 4 ? undefined : i,
    categoryIds: i === 5 ? [2] : [1], created: date(`2024-01-0${i + 1}T00:00:00Z`), compareToPrice: i % 2 ? 99 : undefined
  })), 1)
  upsertOrders(db, Array.from({ length: 30 }, (_, i) => order(i + 1)), 1)
  upsertCoupons(db, [coupon(1), coupon(2, { status: 'PAUSED', discountType: 'ABS' }), coupon(3, { status: 'EXPIRED' })], 1)
  upsertCustomers(db, Array.from({ length: 9 }, (_, i) => customer(i + 1)), 1)
})
afterAll(() => db.close())

const base = { offset: 0, limit: 100 }
const ids = (q: Partial<AnyGridQuery>): number[] => queryProducts(db, { ...base, ...q } as never).rows.map((r) => r.id)

describe('filters', () => {
  it('text contains (case-insensitive, LIKE wildcards literal) and equals', () => {
    expect(ids({ filters: [{ field: 'name', kind: 'text', op: 'contains', value: 'APPLE' }] })).toEqual([2, 4])
    expect(ids({ filters: [{ field: 'name', kind: 'text', op: 'contains', value: '%' }] })).toEqual([6])
    expect(ids({ filters: [{ field: 'name', kind: 'text', op: 'contains', value: '_' }] })).toEqual([7])
    expect(ids({ filters: [{ field: 'name', kind: 'text', op: 'equals', value: 'apple pie' }] })).toEqual([2])
    expect(ids({ filters: [{ field: 'sku', kind: 'text', op: 'equals', value: 'SKU-3' }] })).toEqual([3])
  })

  it('number ranges are inclusive, open on either side; nulls never match', () => {
    expect(ids({ filters: [{ field: 'price', kind: 'number', min: 20, max: 40 }] })).toEqual([2, 3, 4])
    expect(ids({ filters: [{ field: 'price', kind: 'number', min: 60 }] })).toEqual([6, 7])
    expect(ids({ filters: [{ field: 'quantity', kind: 'number', max: 1 }] })).toEqual([1, 2])
    expect(ids({ filters: [{ field: 'compareToPrice', kind: 'number', min: 0 }] })).toEqual([2, 4, 6])
  })

  it('date ranges in epoch ms', () => {
    const from = Date.UTC(2024, 0, 3)
    const to = Date.UTC(2024, 0, 5)
    expect(ids({ filters: [{ field: 'created', kind: 'date', from, to }] })).toEqual([3, 4, 5])
  })

  it('booleans, and several filters together (AND)', () => {
    expect(ids({ filters: [{ field: 'enabled', kind: 'boolean', value: false }] })).toEqual([3])
    expect(ids({ filters: [{ field: 'unlimited', kind: 'boolean', value: true }] })).toEqual([5])
    expect(ids({ filters: [{ field: 'enabled', kind: 'boolean', value: true }, { field: 'price', kind: 'number', max: 30 }] })).toEqual([1, 2])
  })

  it('enum sets (orders statuses, coupon status) and the product category set', () => {
    const paid = queryOrders(db, { ...base, filters: [{ field: 'paymentStatus', kind: 'enum', values: ['PAID'] }] })
    expect(paid.total).toBe(15)
    expect(paid.rows.every((r) => r.paymentStatus === 'PAID')).toBe(true)
    expect(queryCoupons(db, { ...base, filters: [{ field: 'status', kind: 'enum', values: ['PAUSED', 'EXPIRED'] }] }).rows.map((r) => r.id)).toEqual([2, 3])
    expect(queryCoupons(db, { ...base, filters: [{ field: 'status', kind: 'enum', values: [] }] }).total).toBe(0)
    expect(ids({ filters: [{ field: 'categories', kind: 'enum', values: ['2'] }] })).toEqual([6])
  })

  it('customers by group text and marketing consent', () => {
    const page = queryCustomers(db, { ...base, filters: [{ field: 'group', kind: 'text', op: 'equals', value: 'wholesale' }, { field: 'acceptMarketing', kind: 'boolean', value: true }] })
    expect(page.rows.map((r) => [r.id, r.group, r.acceptMarketing])).toEqual([[6, 'Wholesale', true]])
  })

  it('rejects a filter on an unknown column or of the wrong kind', () => {
    expect(() => ids({ filters: [{ field: 'json', kind: 'text', op: 'contains', value: 'x' }] })).toThrow(/cannot take a text filter/)
    expect(() => ids({ filters: [{ field: 'price', kind: 'text', op: 'contains', value: 'x' }] })).toThrow(/cannot take/)
    expect(() => ids({ sort: [{ field: 'id; DROP TABLE products', dir: 'asc' }] })).toThrow(/Unknown column/)
  })
})

describe('sort and windows', () => {
  it('sorts text case-insensitively, both ways, with the id as tie-breaker', () => {
    expect(ids({ sort: [{ field: 'name', dir: 'asc' }] })).toEqual([6, 4, 2, 1, 3, 5, 7])
    expect(ids({ sort: [{ field: 'name', dir: 'desc' }] })).toEqual([7, 5, 3, 1, 2, 4, 6])
    expect(ids({ sort: [{ field: 'categories', dir: 'desc' }, { field: 'price', dir: 'desc' }] })).toEqual([6, 7, 5, 4, 3, 2, 1])
  })

  it('every sortable column of every grid sorts without error', () => {
    for (const field of Object.keys(PRODUCT_GRID.columns)) expect(ids({ sort: [{ field, dir: 'desc' }] })).toHaveLength(7)
    for (const field of ['id', 'orderNumber', 'created', 'updated', 'customerName', 'email', 'total', 'paymentStatus', 'fulfillmentStatus', 'trackingNumber', 'privateNotes']) {
      expect(queryOrders(db, { ...base, sort: [{ field, dir: 'asc' }] } as never).rows).toHaveLength(30)
    }
    expect(queryOrders(db, { ...base, sort: [{ field: 'total', dir: 'desc' }] }).rows[0]?.total).toBe(300)
    expect(queryCustomers(db, { ...base, sort: [{ field: 'salesValue', dir: 'desc' }] }).rows[0]?.id).toBe(9)
    expect(queryCoupons(db, { ...base, sort: [{ field: 'orderCount', dir: 'desc' }] }).rows[0]?.id).toBe(3)
  })

  it('windows tile the sorted result without overlap or gaps, and report the full total', () => {
    const all = queryOrders(db, { ...base, sort: [{ field: 'paymentStatus', dir: 'asc' }] }).rows.map((r) => r.id)
    const tiles: string[] = []
    for (let offset = 0; offset < 30; offset += 7) {
      const page = queryOrders(db, { offset, limit: 7, sort: [{ field: 'paymentStatus', dir: 'asc' }] })
      expect(page.total).toBe(30)
      expect(page.offset).toBe(offset)
      tiles.push(...page.rows.map((r) => r.id))
    }
    expect(tiles).toEqual(all)
    expect(queryOrders(db, { offset: 100, limit: 10 }).rows).toEqual([])
    expect(queryOrders(db, { offset: 0, limit: 0 })).toEqual({ total: 30, offset: 0, rows: [] })
  })
})

describe('search', () => {
  it('matches words anywhere in a word, every word required, across name and SKU', () => {
    expect(ids({ search: 'ppl' })).toEqual([2, 4])
    expect(ids({ search: 'apple crum' })).toEqual([4])
    expect(ids({ search: 'sku-5' })).toEqual([5])
    expect(ids({ search: 'apple', filters: [{ field: 'price', kind: 'number', min: 30 }] })).toEqual([4])
  })

  it('short words (under 3 characters) fall back to LIKE', () => {
    expect(ids({ search: 'pi' })).toEqual([2])
    expect(ids({ search: 'ap pie' })).toEqual([2])
  })

  it('searches orders by number, email and customer name', () => {
    expect(queryOrders(db, { ...base, search: 'buyer17@' }).rows.map((r) => r.orderNumber)).toEqual([1017])
    expect(queryOrders(db, { ...base, search: 'ORD2' }).total).toBe(11)
  })

  it('quotes FTS syntax and LIKE wildcards in user input', () => {
    expect(ftsPhrase('a"b')).toBe('"a""b"')
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
    expect(ids({ search: '" OR 1 --' })).toEqual([])
    expect(ids({ search: 'NEAR(apple pie)' })).toEqual([])
  })

  it('caps the window at 500 rows and never a negative offset', () => {
    const s = buildGridSql(PRODUCT_GRID, { offset: -5, limit: 10_000 })
    expect([s.limit, s.offset]).toEqual([500, 0])
  })
})

// Upserts keep rows, variations, category links, names and the FTS index in step; deletes by id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDb, type Db } from '../../../../../src/main/core/store/db'
import {
  countRows, deleteByIds, refreshCategoryNames, sweepUnseen, upsertCategories, upsertCoupons, upsertCustomers, upsertOrders, upsertProducts
} from '../../../../../src/main/core/store/entities'
import { queryProducts } from '../../../../../src/main/core/store/grids'
import { category, coupon, customer, order, product } from './fixtures'

let db: Db
beforeEach(() => {
  db = openDb(':memory:')
})
afterEach(() => db.close())

const q = { offset: 0, limit: 100 }

describe('upserts', () => {
  it('stores a product with its variations, categories and full JSON, and replaces them on update', () => {
    upsertCategories(db, [category(1, 'Shoes'), category(2, 'Bags')], 1)
    const v = (id: number, sku: string) => ({ id, sku, options: [{ name: 'Size', value: String(id) }], price: 5, quantity: 2, inStock: true })
    upsertProducts(db, [product(7, { categoryIds: [2, 1], combinations: [v(1, 'V-1'), v(2, 'V-2')] })], 1)
    let row = queryProducts(db, q).rows[0]
    // Names follow the product's own category order.
    expect(row).toMatchObject({ id: 7, categoryIds: [2, 1], categories: ['Bags', 'Shoes'], variationCount: 2 })
    expect(row?.variations.map((x) => [x.sku, x.options])).toEqual([['V-1', 'Size: 1'], ['V-2', 'Size: 2']])
    expect(JSON.parse(db.get<{ json: string }>('SELECT json FROM products_json WHERE id = 7')?.json ?? '{}')).toMatchObject({ id: 7, sku: 'SKU-7' })
    expect(db.get<{ category_names: string }>('SELECT category_names FROM products')?.category_names).toBe('Bags, Shoes')

    upsertProducts(db, [product(7, { name: 'Renamed', categoryIds: [1], combinations: [v(3, 'V-3')] })], 2)
    row = queryProducts(db, q).rows[0]
    expect(row).toMatchObject({ name: 'Renamed', categories: ['Shoes'], variationCount: 1 })
    expect(row?.variations.map((x) => x.sku)).toEqual(['V-3'])
    expect(countRows(db, 'products')).toBe(1)
  })

  it('gives each variation row every variations-grid field, from its column or its JSON (descriptor grid.variation)', () => {
    const full = { id: 1, sku: 'V-1', options: [], price: 5, compareToPrice: 9.5, quantity: 2, unlimited: false, inStock: true, weight: 1.25 }
    const bare = { id: 2, options: [], unlimited: true, inStock: true }
    upsertProducts(db, [product(7, { combinations: [full, bare] })], 1)
    expect(queryProducts(db, q).rows[0]?.variations).toEqual([
      { id: 1, options: '', sku: 'V-1', price: 5, compareToPrice: 9.5, quantity: 2, unlimited: false, inStock: true, weight: 1.25 },
      // Ecwid omits an inherited price and an unlimited variation's quantity: empty cells, not zero.
      { id: 2, options: '', sku: '', price: null, compareToPrice: null, quantity: null, unlimited: true, inStock: true, weight: null }
    ])
  })

  it('keeps full-text search in step with inserts, updates and deletes (variation SKUs included)', () => {
    upsertProducts(db, [product(1, { name: 'Blue Canvas Sneaker', combinations: [{ id: 9, sku: 'ZX-991', options: [] }] }), product(2, { name: 'Red Hat' })], 1)
    expect(queryProducts(db, { ...q, search: 'canvas' }).rows.map((r) => r.id)).toEqual([1])
    expect(queryProducts(db, { ...q, search: 'zx-99' }).rows.map((r) => r.id)).toEqual([1])
    upsertProducts(db, [product(1, { name: 'Green Boot' })], 1)
    expect(queryProducts(db, { ...q, search: 'canvas' }).total).toBe(0)
    expect(queryProducts(db, { ...q, search: 'boot' }).total).toBe(1)
    deleteByIds(db, 'products', [1])
    expect(queryProducts(db, { ...q, search: 'boot' }).total).toBe(0)
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM product_variations')?.n).toBe(0)
  })

  it('recomputes category names when categories are renamed', () => {
    upsertCategories(db, [category(1, 'Old')], 1)
    upsertProducts(db, [product(3, { categoryIds: [1] })], 1)
    upsertCategories(db, [category(1, 'New')], 1)
    refreshCategoryNames(db)
    expect(db.get<{ category_names: string }>('SELECT category_names FROM products')?.category_names).toBe('New')
  })

  it('deletes orders by public id or by order number (what the deleted-orders log carries)', () => {
    upsertOrders(db, [order(1), order(2), order(3)], 1)
    expect(deleteByIds(db, 'orders', [1002])).toBe(1)
    expect(deleteByIds(db, 'orders', ['ORD3'])).toBe(1)
    expect(db.all<{ id: string }>('SELECT id FROM orders').map((r) => r.id)).toEqual(['ORD1'])
  })

  it('replaces an order re-created under the same public id', () => {
    upsertOrders(db, [order(1)], 1)
    upsertOrders(db, [order(1, { internalId: 99_999 })], 1)
    expect(db.all('SELECT internal_id FROM orders')).toEqual([{ internal_id: 99_999 }])
  })

  it('stores coupons and customers with their grid columns', () => {
    upsertCoupons(db, [coupon(1), coupon(2, { status: 'PAUSED' })], 1)
    upsertCustomers(db, [customer(1), customer(2)], 1)
    expect(countRows(db, 'coupons')).toBe(2)
    expect(db.get('SELECT group_name, order_count, sales_value, accept_marketing FROM customers WHERE id = 2')).toEqual({ group_name: 'General', order_count: 2, sales_value: 200, accept_marketing: 1 })
  })

  it('sweeps only rows a run did not see', () => {
    upsertCoupons(db, [coupon(1), coupon(2)], 1)
    upsertCoupons(db, [coupon(2)], 2)
    expect(sweepUnseen(db, 'coupons', 2)).toBe(1)
    expect(db.all('SELECT id FROM coupons')).toEqual([{ id: 2 }])
  })
})

// A grid field with no store column is read from the entity's stored JSON (products_json), so a new
// descriptor field shows, filters and sorts in the grid without a migration (issue 15).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FieldTable, StoreRowFields } from '@shared/model/schema'
import { openDb, type Db } from '../../../../../src/main/core/store/db'
import { upsertProducts } from '../../../../../src/main/core/store/entities'
import { gridFieldsOf } from '../../../../../src/main/core/store/grids'
import { product } from './fixtures'

let db: Db
beforeEach(() => {
  db = openDb(':memory:')
})
afterEach(() => db.close())

// Fields as a descriptor would add them: grid defaults, no `store`.
const FIELDS = {
  isShippingRequired: { path: 'isShippingRequired', type: 'boolean', edit: 'editable', label: 'Requires shipping', grid: { title: 'Shipping', width: 80, filter: 'boolean' } },
  'tax.taxClassCode': { path: 'tax.taxClassCode', type: 'text', edit: 'editable', label: 'Tax class', grid: { title: 'Tax class', width: 80, filter: 'text' } },
  costPrice: { path: 'costPrice', type: 'money', edit: 'editable', label: 'Cost', grid: { title: 'Cost', width: 80, filter: 'number' } },
  sku: { path: 'sku', type: 'text', edit: 'editable', label: 'SKU', grid: { title: 'SKU', width: 80 }, store: { column: 'sku', indexed: true } }
} as const satisfies FieldTable

function rows(where = '', order = 't.id'): Record<string, unknown>[] {
  const g = gridFieldsOf(FIELDS, 'products', 'id')
  return db.all(`SELECT t.id AS id, ${g.select.join(', ')} FROM products t ${where} ORDER BY ${order}`)
}

describe('grid fields without a store column', () => {
  beforeEach(() => {
    upsertProducts(db, [
      product(1, { isShippingRequired: true, tax: { taxable: true, taxClassCode: 'A' }, costPrice: 2.5 }),
      product(2, { isShippingRequired: false, costPrice: 9 }),
      // Ecwid omitted them: false, '' and an empty cell, as a store column would hold.
      product(3)
    ], 1)
  })

  it('selects each value from the JSON under its path (nested paths too), a column field from its column', () => {
    expect(rows()).toEqual([
      { id: 1, isShippingRequired: 1, 'tax.taxClassCode': 'A', costPrice: 2.5, sku: 'SKU-1' },
      { id: 2, isShippingRequired: 0, 'tax.taxClassCode': '', costPrice: 9, sku: 'SKU-2' },
      { id: 3, isShippingRequired: 0, 'tax.taxClassCode': '', costPrice: null, sku: 'SKU-3' }
    ])
  })

  it('filters and sorts by the JSON value', () => {
    const { sql } = gridFieldsOf(FIELDS, 'products', 'id')
    expect(rows(`WHERE ${sql.isShippingRequired} = 0`).map((r) => r.id)).toEqual([2, 3])
    expect(rows(`WHERE ${sql['tax.taxClassCode']} = 'A'`).map((r) => r.id)).toEqual([1])
    expect(rows('', `${sql.costPrice} DESC, t.id`).map((r) => r.id)).toEqual([2, 1, 3])
    // Only fields with a filter get filter/sort SQL.
    expect(Object.keys(sql).sort()).toEqual(['costPrice', 'isShippingRequired', 'tax.taxClassCode'])
  })

  it('refuses a date field without a store column (its JSON holds text, not epoch ms)', () => {
    const dated = { shipped: { path: 'shipped', type: 'date', edit: 'read-only', label: 'Shipped', grid: { title: 'Shipped', width: 80 } } } as const satisfies FieldTable
    expect(() => gridFieldsOf(dated, 'products', 'id')).toThrow(/needs a store column/)
  })
})

describe('the row type of such fields', () => {
  it('makes them optional, so a hand-built row need not change when one is added (typecheck fails otherwise)', () => {
    const row: StoreRowFields<typeof FIELDS> = { sku: 'SKU-1' }
    const full: StoreRowFields<typeof FIELDS> = { sku: 'SKU-1', isShippingRequired: false, 'tax.taxClassCode': 'A', costPrice: 2 }
    expect([row.isShippingRequired, full.isShippingRequired]).toEqual([undefined, false])
  })
})

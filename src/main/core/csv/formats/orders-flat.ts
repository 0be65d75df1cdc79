// Flat orders formats: one row per order (importable) and one row per order item (export-only report).
// Definitions only. Totals, dates and items are read-only: Stockroom edits statuses, tracking and notes.
// The one-row-per-order columns come from the order descriptors.

import type { Order } from '@shared/model/order'
import { ORDER_FIELDS } from '@shared/model/schema'
import { getPath } from '../field-path'
import type { ColumnDef } from '../types'
import { flatColumnsOf } from './descriptor-columns'
import { col, flatFormat, type CsvFormat } from './format'

const ro = { readOnly: true }

/** Columns, headers and synonyms from the order field descriptors (shared/model/schema/order.ts). */
export const ORDER_FLAT_COLUMNS: readonly ColumnDef[] = flatColumnsOf(ORDER_FIELDS)

/** What names an order and its state, from the order number to the statuses: the items report's head. */
const ORDER_HEAD = ORDER_FLAT_COLUMNS.slice(0, ORDER_FLAT_COLUMNS.findIndex((c) => c.field === 'trackingNumber'))

export const ordersFlat = flatFormat<Order>('orders-flat', 'orders', 'Orders (one row per order)', ORDER_FLAT_COLUMNS)

const ITEM_COLUMNS: readonly ColumnDef[] = [
  ...ORDER_HEAD.map((c) => ({ ...c, readOnly: true })),
  col('Item ID', 'item.id', 'integer', ro),
  col('Product ID', 'item.productId', 'integer', ro),
  col('Item SKU', 'item.sku', 'string', ro),
  col('Item name', 'item.name', 'string', ro),
  col('Item quantity', 'item.quantity', 'integer', ro),
  col('Item price', 'item.price', 'number', ro)
]

/** One row per item; an order without items still gets one row so it is not lost from the report. */
export const orderItemsFlat: CsvFormat<Order> = {
  id: 'order-items-flat',
  resource: 'orders',
  label: 'Orders (one row per order item)',
  importable: false,
  columns: () => ITEM_COLUMNS,
  records(order) {
    const items = order.items && order.items.length > 0 ? order.items : [undefined]
    return items.map((item) => Object.fromEntries(ITEM_COLUMNS.map((c) => [c.field, getPath({ ...order, item }, c.field)])))
  }
}

// Flat orders formats: one row per order (importable) and one row per order item (export-only report).
// Definitions only. Totals, dates and items are read-only: Stockroom edits statuses, tracking and notes.

import { FULFILLMENT_STATUSES, PAYMENT_STATUSES, type Order } from '@shared/model/order'
import { getPath } from '../field-path'
import type { ColumnDef } from '../types'
import { col, flatFormat, personColumns, type CsvFormat } from './format'

const ro = { readOnly: true }

const ORDER_HEAD: ColumnDef[] = [
  col('Order number', 'orderNumber', 'integer', { ...ro, identity: 'orderNumber', synonyms: ['order', 'order no', 'order #', 'order id number', 'ordernumber', 'reference'] }),
  col('Order ID', 'id', 'string', { ...ro, identity: 'id', synonyms: ['ecwid order id'] }),
  col('Date', 'createDate', 'date', { ...ro, synonyms: ['order date', 'created'] }),
  col('Email', 'email', 'string', { synonyms: ['customer email', 'e-mail'] }),
  col('Payment status', 'paymentStatus', 'enum', { enumValues: PAYMENT_STATUSES, synonyms: ['payment'] }),
  col('Fulfillment status', 'fulfillmentStatus', 'enum', { enumValues: FULFILLMENT_STATUSES, synonyms: ['fulfilment status', 'shipping status', 'status', 'order status'] })
]

export const ORDER_FLAT_COLUMNS: readonly ColumnDef[] = [
  ...ORDER_HEAD,
  col('Tracking number', 'trackingNumber', 'string', { synonyms: ['tracking', 'tracking no', 'tracking code', 'tracking id', 'awb', 'consignment number', 'shipment tracking number'] }),
  col('Total', 'total', 'number', ro),
  col('Subtotal', 'subtotal', 'number', ro),
  col('Tax', 'tax', 'number', ro),
  col('Payment method', 'paymentMethod', 'string', ro),
  col('Shipping method', 'shippingOption.shippingMethodName', 'string', ro),
  col('Customer ID', 'customerId', 'integer', ro),
  ...personColumns('billingPerson', 'Billing'),
  ...personColumns('shippingPerson', 'Shipping'),
  col('Admin notes', 'privateAdminNotes', 'string', { synonyms: ['private notes', 'staff notes', 'internal notes'] }),
  col('Customer comments', 'orderComments', 'string', ro)
]

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

// Column builders the entity grids share: money, dates and read-only counters formatted with the
// store's formats; plus the Products and Orders column sets. Pure functions of the formatters.
import type { OrderRow, ProductRow } from '@shared/model/grid'
import { FULFILLMENT_STATUSES, PAYMENT_STATUSES } from '@shared/model/order'
import type { CellValue, EnumOption, GridColumn } from '../grid/types'

export interface Formatters {
  money(v: number | null | undefined): string
  weight(v: number | null | undefined): string
  dateTime(ms: number | null | undefined): string
}

const num = (v: CellValue): number | null => (typeof v === 'number' ? v : null)
/** Dates travel as ISO text in cells so a copy pastes into a spreadsheet as a date, not a number. */
export const isoOf = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString())

export function dateColumn<Row>(key: string, title: string, ms: (r: Row) => number | null, f: Formatters): GridColumn<Row> {
  return { key, title, width: 150, type: 'date', value: (r) => isoOf(ms(r)), format: (v) => (typeof v === 'string' ? f.dateTime(Date.parse(v)) : '') }
}

export function moneyColumn<Row>(key: string, title: string, get: (r: Row) => number | null, f: Formatters, editable = true): GridColumn<Row> {
  // Unparseable text stays visible as typed until the session rejects it with a message.
  return { key, title, width: 110, type: 'money', value: get, format: (v) => (typeof v === 'string' ? v : f.money(num(v))), editable }
}

/** "AWAITING_PAYMENT" → "Awaiting payment". */
export const statusLabel = (s: string): string => (s ? s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ') : '')
export const enumOptions = (values: readonly string[]): EnumOption[] => values.map((v) => ({ value: v, label: statusLabel(v) }))

export function productColumns(f: Formatters, categoryNames: (ids: readonly number[]) => string[]): GridColumn<ProductRow>[] {
  return [
    { key: 'thumbnail', title: 'Image', width: 52, type: 'image', value: (r) => r.thumbnailUrl, sortable: false },
    { key: 'name', title: 'Name', width: 240, type: 'text', value: (r) => r.name, editable: true },
    { key: 'sku', title: 'SKU', width: 120, type: 'text', value: (r) => r.sku, editable: true },
    moneyColumn('price', 'Price', (r) => r.price, f),
    moneyColumn('compareToPrice', 'Compare-to', (r) => r.compareToPrice, f),
    {
      key: 'quantity', title: 'Quantity', width: 90, type: 'integer',
      value: (r) => (r.unlimited ? null : r.quantity),
      format: (v) => (v === null ? '∞' : String(v)),
      // An unlimited product has no count to edit: switch "Unlimited" off first.
      editable: (r) => !r.unlimited
    },
    { key: 'unlimited', title: 'Unlimited', width: 80, type: 'boolean', value: (r) => r.unlimited, editable: true },
    { key: 'inStock', title: 'In stock', width: 72, type: 'boolean', value: (r) => r.inStock },
    { key: 'enabled', title: 'Enabled', width: 72, type: 'boolean', value: (r) => r.enabled, editable: true },
    { key: 'weight', title: 'Weight', width: 90, type: 'number', value: (r) => r.weight, format: (v) => (typeof v === 'string' ? v : f.weight(num(v))), editable: true },
    { key: 'categories', title: 'Categories', width: 200, type: 'text', value: (r) => categoryNames(r.categoryIds).join(', ') },
    { key: 'variationCount', title: 'Variations', width: 84, type: 'integer', value: (r) => r.variationCount },
    dateColumn<ProductRow>('created', 'Created', (r) => r.created, f),
    dateColumn<ProductRow>('updated', 'Updated', (r) => r.updated, f)
  ]
}

/** The choices of an order's status columns: a store's own statuses included (useOrderStatuses). */
export interface OrderStatusOptions {
  payment: readonly EnumOption[]
  fulfillment: readonly EnumOption[]
}
const BUILT_IN_STATUS_OPTIONS: OrderStatusOptions = { payment: enumOptions(PAYMENT_STATUSES), fulfillment: enumOptions(FULFILLMENT_STATUSES) }

export function orderColumns(f: Formatters, statuses: OrderStatusOptions = BUILT_IN_STATUS_OPTIONS): GridColumn<OrderRow>[] {
  return [
    { key: 'orderNumber', title: 'Order', width: 80, type: 'integer', value: (r) => r.orderNumber },
    dateColumn<OrderRow>('created', 'Date', (r) => r.created, f),
    { key: 'customerName', title: 'Customer', width: 170, type: 'text', value: (r) => r.customerName },
    { key: 'email', title: 'Email', width: 200, type: 'text', value: (r) => r.email },
    moneyColumn('total', 'Total', (r) => r.total, f, false),
    { key: 'paymentStatus', title: 'Payment', width: 150, type: 'enum', value: (r) => r.paymentStatus, options: statuses.payment, editable: true },
    { key: 'fulfillmentStatus', title: 'Fulfillment', width: 170, type: 'enum', value: (r) => r.fulfillmentStatus, options: statuses.fulfillment, editable: true },
    { key: 'trackingNumber', title: 'Tracking number', width: 160, type: 'text', value: (r) => r.trackingNumber, editable: true },
    { key: 'privateNotes', title: 'Private notes', width: 240, type: 'text', value: (r) => r.privateNotes, editable: true },
    dateColumn<OrderRow>('updated', 'Updated', (r) => r.updated, f)
  ]
}

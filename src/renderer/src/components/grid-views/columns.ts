// Column builders the entity grids share: money, dates and read-only counters formatted with the
// store's formats; plus the Products, Orders and Customers column sets (from their field descriptors).
import type { CustomerRow, OrderRow, ProductRow } from '@shared/model/grid'
import { FULFILLMENT_STATUSES, PAYMENT_STATUSES } from '@shared/model/order'
import { statusLabel } from '@shared/model/order-status'
import {
  CUSTOMER_FIELDS, CUSTOMER_GRID_LAYOUT, ORDER_FIELDS, ORDER_GRID_LAYOUT, PRODUCT_FIELDS, PRODUCT_GRID_LAYOUT, fieldsOf, gridKeyOf,
  type FieldDescriptor, type FieldTable
} from '@shared/model/schema'
import type { CellValue, EnumOption, GridColumn } from '../grid/types'

export interface Formatters {
  money(v: number | null | undefined): string
  weight(v: number | null | undefined): string
  dateTime(ms: number | null | undefined): string
  /** The day alone, for columns whose descriptor formats as 'day' (else dateTime is used). */
  date?(ms: number | null | undefined): string
}

const num = (v: CellValue): number | null => (typeof v === 'number' ? v : null)
/** Dates travel as ISO text in cells so a copy pastes into a spreadsheet as a date, not a number. */
export const isoOf = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString())

export function dateColumn<Row>(key: string, title: string, ms: (r: Row) => number | null, f: Formatters, width = 150, day = false): GridColumn<Row> {
  const show = day && f.date ? f.date : f.dateTime
  return { key, title, width, type: 'date', value: (r) => isoOf(ms(r)), format: (v) => (typeof v === 'string' && v !== '' ? show(Date.parse(v)) : '') }
}

export function moneyColumn<Row>(key: string, title: string, get: (r: Row) => number | null, f: Formatters, editable = true, width = 110): GridColumn<Row> {
  // Unparseable text stays visible as typed until the session rejects it with a message.
  return { key, title, width, type: 'money', value: get, format: (v) => (typeof v === 'string' ? v : f.money(num(v))), editable }
}

/** "AWAITING_PAYMENT" → "Awaiting payment": the shared wording, for the panels that import it from here. */
export { statusLabel }
export const enumOptions = (values: readonly string[]): EnumOption[] => values.map((v) => ({ value: v, label: statusLabel(v) }))

/**
 * A grid column from a field's descriptor: type and format follow the field, as do title and width.
 * An enum gets a choice editor when the grid passes its options (a store's own order statuses).
 */
function fieldColumn<Row>(field: FieldDescriptor, get: (r: Row) => CellValue, f: Formatters, options?: readonly EnumOption[]): GridColumn<Row> | undefined {
  const g = field.grid
  if (!g) return undefined
  const key = gridKeyOf(field)
  const editable = g.editable ?? field.edit === 'editable'
  if (g.format === 'money') return moneyColumn(key, g.title, (r) => num(get(r)), f, editable, g.width)
  if (g.format === 'date' || g.format === 'day') return dateColumn(key, g.title, (r) => num(get(r)), f, g.width, g.format === 'day')
  if (field.type === 'enum' && options) return { key, title: g.title, width: g.width, type: 'enum', value: get, options, ...(editable ? { editable } : {}) }
  const type = field.type === 'boolean' ? 'boolean' : field.type === 'integer' ? 'integer' : field.type === 'number' ? 'number' : 'text'
  const format = g.format === 'weight' ? (v: CellValue): string => (typeof v === 'string' ? v : f.weight(num(v))) : undefined
  return { key, title: g.title, width: g.width, type, value: get, ...(format ? { format } : {}), ...(editable ? { editable } : {}) }
}

/** A row's cell under a column key, absent as null. */
const cellAt = <Row>(key: string) => (r: Row): CellValue => (r as unknown as Record<string, CellValue>)[key] ?? null

/** Products grid: PRODUCT_GRID_LAYOUT's order, columns from the descriptors except those below. */
export function productColumns(f: Formatters, categoryNames: (ids: readonly number[]) => string[]): GridColumn<ProductRow>[] {
  const special: Record<string, GridColumn<ProductRow>> = {
    thumbnail: { key: 'thumbnail', title: 'Image', width: 52, type: 'image', value: (r) => r.thumbnailUrl, sortable: false },
    quantity: {
      key: 'quantity', title: PRODUCT_FIELDS.quantity.grid.title, width: PRODUCT_FIELDS.quantity.grid.width, type: 'integer',
      value: (r) => (r.unlimited ? null : r.quantity),
      format: (v) => (v === null ? '∞' : String(v)),
      // An unlimited product has no count to edit: switch "Unlimited" off first.
      editable: (r) => !r.unlimited
    },
    categories: { key: 'categories', title: 'Categories', width: 200, type: 'text', value: (r) => categoryNames(r.categoryIds).join(', ') },
    variationCount: { key: 'variationCount', title: 'Variations', width: 84, type: 'integer', value: (r) => r.variationCount }
  }
  const fields: Readonly<Record<string, FieldDescriptor>> = PRODUCT_FIELDS
  const listed = new Set<string>(PRODUCT_GRID_LAYOUT)
  // A field that has grid defaults but is not in the layout goes after the last listed field column.
  const extra = Object.keys(fields).filter((k) => fields[k]?.grid && !listed.has(k) && k !== 'id')
  const at = PRODUCT_GRID_LAYOUT.indexOf('weight') + 1
  const keys = [...PRODUCT_GRID_LAYOUT.slice(0, at), ...extra, ...PRODUCT_GRID_LAYOUT.slice(at)]
  return keys.flatMap((k) => {
    const d = fields[k]
    const c = special[k] ?? (d ? fieldColumn<ProductRow>(d, cellAt(k), f) : undefined)
    return c ? [c] : []
  })
}

/** The choices of an order's status columns: a store's own statuses included (useOrderStatuses). */
export interface OrderStatusOptions {
  payment: readonly EnumOption[]
  fulfillment: readonly EnumOption[]
}
const BUILT_IN_STATUS_OPTIONS: OrderStatusOptions = { payment: enumOptions(PAYMENT_STATUSES), fulfillment: enumOptions(FULFILLMENT_STATUSES) }

/** A grid's columns in its layout's order (row keys), each from its descriptor; `options` for enum editors. */
function layoutColumns<Row>(table: FieldTable, layout: readonly string[], f: Formatters, options: Record<string, readonly EnumOption[]> = {}): GridColumn<Row>[] {
  const byKey = new Map(fieldsOf(table).map((d) => [gridKeyOf(d), d]))
  return layout.flatMap((k) => {
    const d = byKey.get(k)
    const c = d ? fieldColumn<Row>(d, cellAt(k), f, options[k]) : undefined
    return c ? [c] : []
  })
}

/** Orders grid, from the order descriptors; the statuses offer the store's own too. */
export function orderColumns(f: Formatters, statuses: OrderStatusOptions = BUILT_IN_STATUS_OPTIONS): GridColumn<OrderRow>[] {
  return layoutColumns(ORDER_FIELDS, ORDER_GRID_LAYOUT, f, { paymentStatus: statuses.payment, fulfillmentStatus: statuses.fulfillment })
}

/** Customers grid, from the customer descriptors: what Ecwid's update takes first. */
export const customerColumns = (f: Formatters): GridColumn<CustomerRow>[] => layoutColumns(CUSTOMER_FIELDS, CUSTOMER_GRID_LAYOUT, f)

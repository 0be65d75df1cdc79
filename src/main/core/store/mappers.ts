// Ecwid entity -> row of SQL values for its table (the columns grids sort and filter on; the full
// JSON as Ecwid sent it goes to the side table, see entities.ts). Pure functions: no I/O.
import type { Category, Coupon, Customer, Order, Product, ProductVariation } from '@shared/model'
import { COUPON_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS, PRODUCT_FIELDS, type FieldDescriptor, type FieldTable } from '@shared/model/schema'
import { getPath } from '../csv/field-path'
import type { SqlValue } from './db'
import { ecwidDateMs } from './ecwid-dates'
import { keyColumnOf, naturalKey } from './natural-key'

const bool = (v: boolean | undefined): number => (v ? 1 : 0)
const num = (v: number | undefined | null): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const text = (v: string | undefined | null): string => v ?? ''
/** What search matches: the grid's text columns joined, so one FTS row serves every word. */
const searchText = (...parts: (string | number | undefined | null)[]): string =>
  parts.filter((p) => p !== undefined && p !== null && p !== '').join(' \u2022 ')

export function variationOptions(v: ProductVariation): string {
  return (v.options ?? []).map((o) => `${o.name}: ${o.value}`).join(', ')
}

export function categoryIdsOf(p: Product): number[] {
  const ids = p.categoryIds ?? p.categories?.map((c) => c.id) ?? []
  return [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))]
}

/** A descriptor table's fields that have a column in the local store, in declaration order. */
export const storeFieldsOf = (table: FieldTable): FieldDescriptor[] => Object.values(table).filter((f) => f.store)
const productStoreFields = storeFieldsOf(PRODUCT_FIELDS)
const couponStoreFields = storeFieldsOf(COUPON_FIELDS)
const orderStoreFields = storeFieldsOf(ORDER_FIELDS)
const customerStoreFields = storeFieldsOf(CUSTOMER_FIELDS)
/** Fields sorted naturally: each has a key column after the field columns. */
export const naturalFieldsOf = (fields: readonly FieldDescriptor[]): FieldDescriptor[] => fields.filter((f) => f.store?.naturalSort)
const productNaturalFields = naturalFieldsOf(productStoreFields)
const couponNaturalFields = naturalFieldsOf(couponStoreFields)
const orderNaturalFields = naturalFieldsOf(orderStoreFields)
const customerNaturalFields = naturalFieldsOf(customerStoreFields)
const keyColumns = (fields: readonly FieldDescriptor[]): string[] => fields.map((f) => keyColumnOf(f.store?.column as string))
/** The key of each naturally sorted field, from the value its column holds. */
const naturalValues = (fields: readonly FieldDescriptor[], value: (f: FieldDescriptor) => SqlValue): string[] => fields.map((f) => naturalKey(String(value(f) ?? '')))

/** Descriptor fields with a store column, then the columns that are no single field. */
export const PRODUCT_COLUMNS_SQL = [
  ...productStoreFields.map((f) => f.store?.column as string),
  ...keyColumns(productNaturalFields),
  'category_ids', 'variation_count', 'thumbnail_url', 'search_text', 'sync_run'
] as const

/** A field's value as its column holds it: 0/1 booleans, epoch-ms dates, '' for missing text, else `store.missing`. */
function storeValue(f: FieldDescriptor, entity: object): SqlValue {
  const v = getPath(entity, f.path)
  if (f.type === 'boolean') return bool(v as boolean)
  if (f.type === 'date') return ecwidDateMs(v as string)
  if (f.type === 'text' || f.type === 'html' || f.type === 'enum' || f.type === 'email') return typeof v === 'string' ? v : (f.store?.missing ?? '')
  return num(v as number) ?? f.store?.missing ?? null
}

// Ecwid omits quantity for unlimited stock: an unlimited product stores no count, whatever it sent.
const productValue = (f: FieldDescriptor, p: Product): SqlValue => (f.path === 'quantity' && p.unlimited ? null : storeValue(f, p))

export function productValues(p: Product, run: number): SqlValue[] {
  const variations = p.combinations ?? []
  const skus = variations.map((v) => v.sku).filter((s): s is string => !!s)
  return [
    ...productStoreFields.map((f) => productValue(f, p)),
    ...naturalValues(productNaturalFields, (f) => productValue(f, p)),
    JSON.stringify(categoryIdsOf(p)), variations.length, p.thumbnailUrl ?? p.smallThumbnailUrl ?? null,
    searchText(p.name, p.sku, ...skus), run
  ]
}

export const VARIATION_COLUMNS_SQL = ['product_id', 'id', 'options', 'sku', 'price', 'quantity', 'unlimited', 'in_stock', 'json'] as const

export function variationValues(productId: number, v: ProductVariation): SqlValue[] {
  return [productId, v.id, variationOptions(v), text(v.sku), num(v.price), v.unlimited ? null : num(v.quantity), bool(v.unlimited), bool(v.inStock), JSON.stringify(v)]
}

export const CATEGORY_COLUMNS_SQL = ['id', 'parent_id', 'name', 'enabled', 'order_by', 'sync_run', 'json'] as const

export function categoryValues(c: Category, run: number): SqlValue[] {
  return [c.id, num(c.parentId), text(c.name), bool(c.enabled), num(c.orderBy), run, JSON.stringify(c)]
}

export function orderCustomerName(o: Order): string {
  const b = o.billingPerson ?? o.shippingPerson
  return b?.name ?? ([b?.firstName, b?.lastName].filter(Boolean).join(' ') || '')
}

/** Descriptor fields with a store column, then the search text and the sync run. */
export const ORDER_COLUMNS_SQL = [...orderStoreFields.map((f) => f.store?.column as string), ...keyColumns(orderNaturalFields), 'search_text', 'sync_run'] as const

// The grid's customer (the billing name's column) falls back to the shipping person and to first and
// last name, as Ecwid's own order list does; the id is stored as text whatever Ecwid sent.
const orderValue = (f: FieldDescriptor, o: Order, name: string): SqlValue =>
  f.path === 'billingPerson.name' ? name : f.path === 'id' ? String(o.id) : storeValue(f, o)

export function orderValues(o: Order, run: number): SqlValue[] {
  const name = orderCustomerName(o)
  const value = (f: FieldDescriptor): SqlValue => orderValue(f, o, name)
  return [...orderStoreFields.map(value), ...naturalValues(orderNaturalFields, value), searchText(o.id, num(o.orderNumber), name, o.email, o.trackingNumber), run]
}

/** Descriptor fields with a store column, then the search text and the sync run. */
export const COUPON_COLUMNS_SQL = [...couponStoreFields.map((f) => f.store?.column as string), ...keyColumns(couponNaturalFields), 'search_text', 'sync_run'] as const

export function couponValues(c: Coupon, run: number): SqlValue[] {
  return [...couponStoreFields.map((f) => storeValue(f, c)), ...naturalValues(couponNaturalFields, (f) => storeValue(f, c)), searchText(c.name, c.code), run]
}

/** Descriptor fields with a store column, then the search text and the sync run. */
export const CUSTOMER_COLUMNS_SQL = [...customerStoreFields.map((f) => f.store?.column as string), ...keyColumns(customerNaturalFields), 'search_text', 'sync_run'] as const

// The name falls back to the billing name (Ecwid keeps it there), the order count to totalOrderCount.
function customerValue(f: FieldDescriptor, c: Customer, name: string): SqlValue {
  if (f.path === 'name') return name
  if (f.path === 'stats.numberOfOrders') return c.stats?.numberOfOrders ?? c.totalOrderCount ?? 0
  return storeValue(f, c)
}

export function customerValues(c: Customer, run: number): SqlValue[] {
  const name = c.name ?? c.billingPerson?.name ?? ''
  const value = (f: FieldDescriptor): SqlValue => customerValue(f, c, name)
  return [...customerStoreFields.map(value), ...naturalValues(customerNaturalFields, value), searchText(name, c.email, c.customerGroupName), run]
}

/**
 * Why an item cannot be stored at all, or null when it can. Ecwid promises only the id (and, for
 * orders, the internal id the local table is keyed on); every other field may be absent.
 */
export function unstorableReason(table: 'products' | 'orders' | 'coupons' | 'customers' | 'categories', item: unknown): string | null {
  if (item === null || typeof item !== 'object') return 'Ecwid sent something that is not an item'
  const r = item as { id?: unknown; internalId?: unknown }
  if (table === 'orders') {
    if ((typeof r.id !== 'string' || r.id === '') && typeof r.id !== 'number') return 'it has no order id'
    if (typeof r.internalId !== 'number' || !Number.isInteger(r.internalId)) return 'it has no internal id'
    return null
  }
  return typeof r.id === 'number' && Number.isInteger(r.id) ? null : 'it has no id'
}

/** The id to name an item by in the sync status, even a malformed one. */
export function itemIdOf(item: unknown): string {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '(no id)'
}

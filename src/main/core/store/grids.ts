// The four grid tables (products, orders, coupons, customers): column -> SQL, and windowed queries
// that build rows from the indexed columns (not the JSON) so a 500-row window stays cheap. Every
// table's columns follow the field descriptors: `store` columns, else the stored JSON.
import {
  COUPON_COLUMNS, CUSTOMER_COLUMNS, ORDER_COLUMNS, PRODUCT_COLUMNS,
  type CouponQuery, type CouponRow, type CustomerQuery, type CustomerRow, type AnyGridQuery, type OrderQuery, type OrderRow,
  type GridResource, type Page, type ProductQuery, type ProductRow, type VariationRow
} from '@shared/model/grid'
import type { EntityId, SelectionQuery } from '@shared/model/session'
import { COUPON_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS, PRODUCT_FIELDS, fieldsOf, gridKeyOf, type FieldDescriptor, type FieldTable } from '@shared/model/schema'
import type { Db, SqlValue } from './db'
import { buildGridSql, type GridTableDef } from './grid-query'
import { keyColumnOf } from './natural-key'

/** The fields a grid row holds: every field with grid defaults, with a store column or not. */
const rowFieldsOf = (table: FieldTable): FieldDescriptor[] => fieldsOf(table, (f) => f.grid !== undefined)

/**
 * A field's SQL on alias t: its store column, else its value in the entity's stored JSON (the side
 * table `<table>_json`, keyed like t), so a new field needs no migration unless it must be indexed.
 * As storeValue does, a missing boolean reads false and missing text ''.
 */
function fieldSql(f: FieldDescriptor, table: string, rowid: string): string {
  if (f.store) return `t.${f.store.column}`
  if (f.type === 'date') throw new Error(`Field "${f.path}": a date grid field needs a store column (its JSON holds Ecwid's date text).`)
  const json = `(SELECT json_extract(j.json, '$.${f.path}') FROM ${table}_json j WHERE j.${rowid} = t.${rowid})`
  if (f.type === 'boolean') return `coalesce(${json}, 0)`
  return f.type === 'text' || f.type === 'html' || f.type === 'enum' || f.type === 'email' ? `coalesce(${json}, '')` : json
}

/** Row fields, their filter/sort SQL and their SELECT list for one grid table. */
export function gridFieldsOf(fieldTable: FieldTable, table: string, rowid: string): { fields: FieldDescriptor[]; sql: Record<string, string>; sortSql: Record<string, string>; select: string[] } {
  const fields = rowFieldsOf(fieldTable)
  return {
    fields,
    sql: Object.fromEntries(fields.filter((f) => f.grid?.filter).map((f) => [gridKeyOf(f), fieldSql(f, table, rowid)])),
    sortSql: Object.fromEntries(fields.filter((f) => f.store?.naturalSort).map((f) => [gridKeyOf(f), `t.${keyColumnOf(f.store?.column as string)}`])),
    select: fields.map((f) => `${fieldSql(f, table, rowid)} AS "${gridKeyOf(f)}"`)
  }
}

const productGridFields = gridFieldsOf(PRODUCT_FIELDS, 'products', 'id')
const couponGridFields = gridFieldsOf(COUPON_FIELDS, 'coupons', 'id')
const orderGridFields = gridFieldsOf(ORDER_FIELDS, 'orders', 'internal_id')
const customerGridFields = gridFieldsOf(CUSTOMER_FIELDS, 'customers', 'id')

export const PRODUCT_GRID: GridTableDef = {
  table: 'products', fts: 'products_fts', rowid: 'id', columns: PRODUCT_COLUMNS,
  // Descriptor fields with a store column and a filter; categories and variationCount are no single field.
  sql: { ...productGridFields.sql, categories: 't.category_names', variationCount: 't.variation_count' },
  sortSql: productGridFields.sortSql,
  customFilter: {
    categories: (values) => {
      const ids = values.map(Number).filter((n) => Number.isInteger(n))
      if (ids.length === 0) return { where: '0', params: [] }
      return { where: `t.id IN (SELECT product_id FROM product_categories WHERE category_id IN (${ids.map(() => '?').join(', ')}))`, params: ids }
    }
  }
}

export const ORDER_GRID: GridTableDef = {
  table: 'orders', fts: 'orders_fts', rowid: 'internal_id', columns: ORDER_COLUMNS, sql: orderGridFields.sql, sortSql: orderGridFields.sortSql
}

export const COUPON_GRID: GridTableDef = {
  table: 'coupons', fts: 'coupons_fts', rowid: 'id', columns: COUPON_COLUMNS, sql: couponGridFields.sql, sortSql: couponGridFields.sortSql
}

export const CUSTOMER_GRID: GridTableDef = {
  table: 'customers', fts: 'customers_fts', rowid: 'id', columns: CUSTOMER_COLUMNS, sql: customerGridFields.sql, sortSql: customerGridFields.sortSql
}

function windowOf<R>(db: Db, def: GridTableDef, q: AnyGridQuery, select: string): { total: number; offset: number; raw: R[] } {
  const s = buildGridSql(def, q)
  const total = db.get<{ n: number }>(`SELECT count(*) AS n FROM ${def.table} t ${s.where}`, s.params)?.n ?? 0
  const raw = s.limit === 0 ? [] : db.all<R>(`SELECT ${select} FROM ${def.table} t ${s.where} ${s.orderBy} LIMIT ? OFFSET ?`, [...s.params, s.limit, s.offset])
  return { total, offset: s.offset, raw }
}

/** A products row as selected: descriptor fields under their own names, plus the columns below. */
type ProductRaw = Record<string, SqlValue> & { id: number; category_ids: string; variation_count: number; thumbnail_url: string | null }

type VariationRaw = Record<string, SqlValue> & { product_id: number; id: number; options: string; in_stock: number }

// The variations grid's fields: their product_variations column, else the value in the variation's JSON.
const variationFields = (Object.values(PRODUCT_FIELDS) as FieldDescriptor[]).filter((f) => f.grid?.variation)
const variationSelect = variationFields
  .map((f) => `${f.store?.variationColumn ?? `json_extract(json, '$.${f.path}')`} AS "${f.path}"`).join(', ')

/** Row values selected under the fields' row keys; SQLite's 0/1 back to booleans. */
const cellsOf = (fields: readonly FieldDescriptor[], raw: Record<string, SqlValue>): Record<string, SqlValue | boolean> =>
  Object.fromEntries(fields.map((f) => [gridKeyOf(f), f.type === 'boolean' ? raw[gridKeyOf(f)] === 1 : raw[gridKeyOf(f)] ?? null]))

const inList = (n: number): string => Array.from({ length: n }, () => '?').join(', ')

export function queryProducts(db: Db, q: ProductQuery): Page<ProductRow> {
  const w = windowOf<ProductRaw>(db, PRODUCT_GRID, q,
    [...productGridFields.select, 't.category_ids', 't.variation_count', 't.thumbnail_url'].join(', '))
  const ids: SqlValue[] = w.raw.map((r) => r.id)
  const variations = new Map<number, VariationRow[]>()
  const categoryNames = new Map<number, string>()
  if (ids.length > 0) {
    for (const v of db.all<VariationRaw>(`SELECT product_id, id, options, in_stock, ${variationSelect}
      FROM product_variations WHERE product_id IN (${inList(ids.length)}) ORDER BY product_id, id`, ids)) {
      const list = variations.get(v.product_id) ?? []
      list.push({
        ...(cellsOf(variationFields, v) as unknown as Omit<VariationRow, 'id' | 'options' | 'inStock'>),
        id: v.id, options: v.options, inStock: v.in_stock === 1
      })
      variations.set(v.product_id, list)
    }
    const catIds = [...new Set(w.raw.flatMap((r) => JSON.parse(r.category_ids) as number[]))]
    if (catIds.length > 0) {
      for (const c of db.all<{ id: number; name: string }>(`SELECT id, name FROM categories WHERE id IN (${inList(catIds.length)})`, catIds)) categoryNames.set(c.id, c.name)
    }
  }
  const rows = w.raw.map((r): ProductRow => {
    const categoryIds = JSON.parse(r.category_ids) as number[]
    return {
      ...(cellsOf(productGridFields.fields, r) as unknown as Omit<ProductRow, 'thumbnailUrl' | 'categoryIds' | 'categories' | 'variationCount' | 'variations'>),
      thumbnailUrl: r.thumbnail_url,
      categoryIds, categories: categoryIds.map((id) => categoryNames.get(id)).filter((n): n is string => n !== undefined),
      variationCount: r.variation_count, variations: variations.get(r.id) ?? []
    }
  })
  return { total: w.total, offset: w.offset, rows }
}

const GRID_DEFS: Record<GridResource, GridTableDef> = { products: PRODUCT_GRID, orders: ORDER_GRID, coupons: COUPON_GRID, customers: CUSTOMER_GRID }

/** Keys of every row the query matches, in its order (no window): what "accept what is shown" acts on. */
export function queryKeys(db: Db, resource: GridResource, q: SelectionQuery): EntityId[] {
  const def = GRID_DEFS[resource]
  const s = buildGridSql(def, { ...q, offset: 0, limit: 0 })
  return db.all<{ id: EntityId }>(`SELECT t.id AS id FROM ${def.table} t ${s.where} ${s.orderBy}`, s.params).map((r) => r.id)
}

export function queryOrders(db: Db, q: OrderQuery): Page<OrderRow> {
  const w = windowOf<Record<string, SqlValue>>(db, ORDER_GRID, q, orderGridFields.select.join(', '))
  return { total: w.total, offset: w.offset, rows: w.raw.map((r) => cellsOf(orderGridFields.fields, r) as unknown as OrderRow) }
}

export function queryCoupons(db: Db, q: CouponQuery): Page<CouponRow> {
  const w = windowOf<Record<string, SqlValue>>(db, COUPON_GRID, q, couponGridFields.select.join(', '))
  return { total: w.total, offset: w.offset, rows: w.raw.map((r) => cellsOf(couponGridFields.fields, r) as unknown as CouponRow) }
}

export function queryCustomers(db: Db, q: CustomerQuery): Page<CustomerRow> {
  const w = windowOf<Record<string, SqlValue>>(db, CUSTOMER_GRID, q, customerGridFields.select.join(', '))
  return { total: w.total, offset: w.offset, rows: w.raw.map((r) => cellsOf(customerGridFields.fields, r) as unknown as CustomerRow) }
}

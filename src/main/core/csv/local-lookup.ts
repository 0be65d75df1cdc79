// EntityLookup over one store's local SQLite copy: by id, SKU, coupon code and order number, each an
// indexed query, so matching a 100,000-row file never scans a table; ids of a batch of rows can be read
// ahead in one query. Read-only; no network.
import type { Coupon } from '@shared/model/coupon'
import type { Order } from '@shared/model/order'
import type { Product } from '@shared/model/product'
import type { Db, SqlValue } from '../store/db'
import type { EntityLookup } from './match'
import type { CsvResource } from './types'

const BY_ID: Record<CsvResource, string> = {
  products: 'SELECT json FROM products_json WHERE id = ?',
  coupons: 'SELECT json FROM coupons_json WHERE id = ?',
  customers: 'SELECT json FROM customers_json WHERE id = ?',
  // Orders are addressed by their public id (text); the JSON side table is keyed by the internal id.
  orders: 'SELECT j.json FROM orders o JOIN orders_json j ON j.internal_id = o.internal_id WHERE o.id = ?'
}

/** BY_ID for many ids at once (one JSON array parameter); `k` is the id as BY_ID binds it. */
const MANY_BY_ID: Record<CsvResource, string> = {
  products: 'SELECT id AS k, json FROM products_json WHERE id IN (SELECT value FROM json_each(?))',
  coupons: 'SELECT id AS k, json FROM coupons_json WHERE id IN (SELECT value FROM json_each(?))',
  customers: 'SELECT id AS k, json FROM customers_json WHERE id IN (SELECT value FROM json_each(?))',
  orders: 'SELECT o.id AS k, j.json FROM orders o JOIN orders_json j ON j.internal_id = o.internal_id WHERE o.id IN (SELECT value FROM json_each(?))'
}

/** The sku and code columns are NOCASE (index-friendly); an exact-case match wins when both exist. */
const BY_SKU = `SELECT j.json FROM products p JOIN products_json j ON j.id = p.id
  WHERE p.sku = ? ORDER BY (p.sku = ? COLLATE BINARY) DESC, p.id LIMIT 1`
const BY_CODE = `SELECT j.json FROM coupons c JOIN coupons_json j ON j.id = c.id
  WHERE c.code = ? ORDER BY (c.code = ? COLLATE BINARY) DESC, c.id LIMIT 1`
const BY_NUMBER = 'SELECT j.json FROM orders o JOIN orders_json j ON j.internal_id = o.internal_id WHERE o.order_number = ? LIMIT 1'

function idParam(resource: CsvResource, id: number | string): SqlValue | undefined {
  if (resource === 'orders') return String(id)
  const n = typeof id === 'number' ? id : /^\d+$/.test(id.trim()) ? Number(id.trim()) : NaN
  return Number.isSafeInteger(n) && n > 0 ? n : undefined
}

function parse<T>(row: { json: string } | undefined): T | undefined {
  return row ? (JSON.parse(row.json) as T) : undefined
}

export function createStoreLookup(db: Db): EntityLookup {
  // Read ahead by prefetch: id -> JSON text, taken once (parsed per call, so every caller gets its own
  // object, as from BY_ID). An id prefetch did not find falls through to BY_ID.
  let ahead: { resource: CsvResource; json: Map<string, string> } | null = null
  return {
    async byId(resource, id) {
      const param = idParam(resource, id)
      if (param === undefined) return undefined
      const json = ahead?.resource === resource ? ahead.json.get(String(param)) : undefined
      if (json !== undefined) {
        ahead?.json.delete(String(param))
        return JSON.parse(json) as unknown
      }
      return parse(db.get<{ json: string }>(BY_ID[resource], [param]))
    },
    async prefetch(resource, ids) {
      const params = [...new Set(ids.flatMap((id) => (typeof id === 'number' || typeof id === 'string' ? (idParam(resource, id) ?? []) : [])))]
      const rows = params.length === 0 ? [] : db.all<{ k: SqlValue; json: string }>(MANY_BY_ID[resource], [JSON.stringify(params)])
      ahead = { resource, json: new Map(rows.map((r) => [String(r.k), r.json])) }
    },
    async bySku(sku) {
      return parse<Product>(db.get<{ json: string }>(BY_SKU, [sku, sku]))
    },
    async byCode(code) {
      return parse<Coupon>(db.get<{ json: string }>(BY_CODE, [code, code]))
    },
    async byOrderNumber(orderNumber) {
      return Number.isSafeInteger(orderNumber) ? parse<Order>(db.get<{ json: string }>(BY_NUMBER, [orderNumber])) : undefined
    }
  }
}

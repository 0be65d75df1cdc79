// Writes Ecwid entities into the local tables: upserts (row + variations + category links) and
// deletions, and the profile row. Callers wrap a page in one transaction; nothing here talks to the network.
import type { Category, Coupon, Customer, Order, Product, StoreProfile } from '@shared/model'
import type { Db, SqlValue } from './db'
import * as m from './mappers'
import { storageProblem } from './storage-errors'
import { ORDER_STATUSES_KEY } from './order-statuses'

function upsertSql(table: string, cols: readonly string[], key: string): string {
  const sets = cols.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`)
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT(${key}) DO UPDATE SET ${sets.join(', ')}`
}

const SQL = {
  product: upsertSql('products', m.PRODUCT_COLUMNS_SQL, 'id'),
  variation: `INSERT INTO product_variations (${m.VARIATION_COLUMNS_SQL.join(', ')}) VALUES (${m.VARIATION_COLUMNS_SQL.map(() => '?').join(', ')})`,
  category: upsertSql('categories', m.CATEGORY_COLUMNS_SQL, 'id'),
  order: upsertSql('orders', m.ORDER_COLUMNS_SQL, 'internal_id'),
  coupon: upsertSql('coupons', m.COUPON_COLUMNS_SQL, 'id'),
  customer: upsertSql('customers', m.CUSTOMER_COLUMNS_SQL, 'id'),
  productJson: upsertSql('products_json', ['id', 'json'], 'id'),
  orderJson: upsertSql('orders_json', ['internal_id', 'json'], 'internal_id'),
  couponJson: upsertSql('coupons_json', ['id', 'json'], 'id'),
  customerJson: upsertSql('customers_json', ['id', 'json'], 'id')
}

/** Category names joined in name order: what the products grid shows and sorts by. */
const CATEGORY_NAMES_OF = `coalesce((SELECT group_concat(name, ', ') FROM (
  SELECT c.name FROM product_categories pc JOIN categories c ON c.id = pc.category_id
  WHERE pc.product_id = products.id ORDER BY c.name)), '')`

/** Why a stored-looking item failed to store, in words for the sync status (never SQLite's). */
const NOT_STORED = 'Stockroom could not store it in the local copy'

/**
 * Writes each item in its own savepoint: an item that cannot be stored (no id, or a value the
 * local table refuses) is rolled back alone and set aside with its reason, so the rest of the page
 * still syncs. A failing disk is not an item's fault: it still stops the sync.
 */
function eachItem<T>(db: Db, table: DeletableTable, items: readonly T[], write: (item: T) => void): void {
  db.tx(() => {
    for (const item of items) {
      const id = m.itemIdOf(item)
      const invalid = m.unstorableReason(table, item)
      if (invalid !== null) {
        setAside(db, table, id, invalid)
        continue
      }
      db.exec('SAVEPOINT item')
      try {
        write(item)
        db.exec('RELEASE item')
      } catch (e) {
        // SQLite has already rolled the whole transaction back after SQLITE_FULL/IOERR: a ROLLBACK TO
        // would fail ("no such savepoint") and hide the disk problem, so it goes up untouched.
        if (storageProblem(e) !== null) throw e
        db.exec('ROLLBACK TO item')
        db.exec('RELEASE item')
        setAside(db, table, id, NOT_STORED)
        continue
      }
      db.run('DELETE FROM sync_set_aside WHERE resource = ? AND item_id = ?', [table, id])
    }
  })
}

function setAside(db: Db, table: DeletableTable, id: string, reason: string): void {
  db.run(
    'INSERT INTO sync_set_aside (resource, item_id, reason, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT(resource, item_id) DO UPDATE SET reason = excluded.reason, seen_at = excluded.seen_at',
    [table, id, reason, Date.now()]
  )
}

export function upsertProducts(db: Db, items: readonly Product[], run: number): void {
  eachItem(db, 'products', items, (p) => {
    db.run(SQL.product, m.productValues(p, run))
    db.run(SQL.productJson, [p.id, JSON.stringify(p)])
    db.run('DELETE FROM product_variations WHERE product_id = ?', [p.id])
    for (const v of p.combinations ?? []) db.run(SQL.variation, m.variationValues(p.id, v))
    db.run('DELETE FROM product_categories WHERE product_id = ?', [p.id])
    for (const c of m.categoryIdsOf(p)) db.run('INSERT OR IGNORE INTO product_categories (category_id, product_id) VALUES (?, ?)', [c, p.id])
    db.run(`UPDATE products SET category_names = ${CATEGORY_NAMES_OF} WHERE id = ?`, [p.id])
  })
}

/** After the category list changed: every product's category names are recomputed. */
export function refreshCategoryNames(db: Db): void {
  db.tx(() => db.run(`UPDATE products SET category_names = ${CATEGORY_NAMES_OF}`))
}

export function upsertCategories(db: Db, items: readonly Category[], run: number): void {
  eachItem(db, 'categories', items, (c) => db.run(SQL.category, m.categoryValues(c, run)))
}

export function upsertOrders(db: Db, items: readonly Order[], run: number): void {
  eachItem(db, 'orders', items, (o) => {
    // An order re-created under the same public id with a new internal id replaces the old row.
    db.run('DELETE FROM orders WHERE id = ? AND internal_id <> ?', [String(o.id), o.internalId])
    db.run(SQL.order, m.orderValues(o, run))
    db.run(SQL.orderJson, [o.internalId, JSON.stringify(o)])
  })
}

export function upsertCoupons(db: Db, items: readonly Coupon[], run: number): void {
  eachItem(db, 'coupons', items, (c) => {
    db.run(SQL.coupon, m.couponValues(c, run))
    db.run(SQL.couponJson, [c.id, JSON.stringify(c)])
  })
}

export function upsertCustomers(db: Db, items: readonly Customer[], run: number): void {
  eachItem(db, 'customers', items, (c) => {
    db.run(SQL.customer, m.customerValues(c, run))
    db.run(SQL.customerJson, [c.id, JSON.stringify(c)])
  })
}

/** A profile read from /profile has no order statuses: the ones synced with it are kept. */
export function saveProfile(db: Db, profile: unknown, now: number): void {
  db.run(
    `INSERT INTO profile (id, json, synced_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET synced_at = excluded.synced_at,
       json = CASE WHEN json_type(excluded.json, '$.${ORDER_STATUSES_KEY}') IS NULL AND json_type(profile.json, '$.${ORDER_STATUSES_KEY}') IS NOT NULL
         THEN json_set(excluded.json, '$.${ORDER_STATUSES_KEY}', json_extract(profile.json, '$.${ORDER_STATUSES_KEY}')) ELSE excluded.json END`,
    [JSON.stringify(profile), now]
  )
}

/** The synced profile, or null before the first sync brought one. */
export function loadProfile(db: Db): StoreProfile | null {
  const row = db.get<{ json: string }>('SELECT json FROM profile WHERE id = 1')
  return row ? (JSON.parse(row.json) as StoreProfile) : null
}

export type DeletableTable = 'products' | 'orders' | 'coupons' | 'customers' | 'categories'

/**
 * Deletes by Ecwid id. Orders match the public id or the order number: Ecwid's deleted-orders log
 * carries the number, other places the id.
 */
export function deleteByIds(db: Db, table: DeletableTable, ids: readonly (number | string)[]): number {
  let changes = 0
  db.tx(() => {
    for (const id of ids) {
      const params: SqlValue[] = [typeof id === 'number' ? id : String(id)]
      if (table === 'orders') {
        const asNumber = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : null
        changes += db.run('DELETE FROM orders WHERE id = ? OR order_number = ?', [String(id), asNumber]).changes
      } else {
        changes += db.run(`DELETE FROM ${table} WHERE id = ?`, params).changes
      }
    }
  })
  return changes
}

/** Removes rows a complete full walk did not see: they are gone from the store. */
export function sweepUnseen(db: Db, table: DeletableTable, run: number): number {
  return db.tx(() => db.run(`DELETE FROM ${table} WHERE sync_run <> ?`, [run]).changes)
}

export function countRows(db: Db, table: DeletableTable): number {
  return db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)?.n ?? 0
}

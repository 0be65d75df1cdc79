// The session engine's ports over the store's local SQLite copy: entities and selections read from
// the synced tables (no request budget, works offline), the server's answers written back after a
// push. A resource that was never fully synced falls back to `fallback` (the API). No electron import.
import type { Coupon, Customer, Order, Product } from '@shared/model'
import type { EntityId, EntitySelection, SessionResource } from '@shared/model/session'
import type { Db, SqlValue } from '../store/db'
import { deleteByIds, upsertCoupons, upsertCustomers, upsertOrders, upsertProducts } from '../store/entities'
import { buildGridSql } from '../store/grid-query'
import { COUPON_GRID, CUSTOMER_GRID, ORDER_GRID, PRODUCT_GRID } from '../store/grids'
import { readSyncState } from '../store/sync-state-repo'
import { isRecord } from './json-path'
import { readLocalCategory, removeLocalCategory, selectLocalCategories, writeLocalCategory } from './category-port'
import { idOf, type Entity, type EntitySink, type EntitySource } from './ports'
import { readLocalProfile, writeLocalProfile } from './profile-port'
import { parseVariationId, readVariation, variationsOf, withCombination } from './variation-port'

/**
 * Resources kept as rows of a grid table (the profile is a single document, see profile-port.ts;
 * variations live inside their product's row and JSON, see variation-port.ts; categories keep
 * their JSON inline, see category-port.ts).
 */
type TableResource = Exclude<SessionResource, 'profile' | 'variations' | 'categories'>

/** Variations are synced with their products: the products' sync state speaks for them. */
const syncedAs = (resource: SessionResource): Exclude<SessionResource, 'variations'> => (resource === 'variations' ? 'products' : resource)

/** Entities read per query: well under SQLite's bound-parameter limit, small enough to stream. */
const CHUNK = 500

const GRID = { products: PRODUCT_GRID, orders: ORDER_GRID, coupons: COUPON_GRID, customers: CUSTOMER_GRID } as const

/** A resource has a local copy once a full walk of it has completed. */
export function isSyncedLocally(db: Db, resource: SessionResource): boolean {
  return readSyncState(db, syncedAs(resource)).fullDone
}

/**
 * When the local copy of a resource was last known to match Ecwid (epoch ms): the moment its last
 * completed sync read latest-stats, before walking. Changes after that may be missing locally, so a
 * push re-reads from there; the later "finished" time would hide edits made during a long walk.
 */
export function localFreshAsOf(db: Db, resource: SessionResource): number | null {
  const st = readSyncState(db, syncedAs(resource))
  if (!st.fullDone) return null
  return st.statReadAt ?? st.syncedAt
}

/** The store's currency precision from the synced profile, or null when there is none yet. */
export function localPrecision(db: Db): number | null {
  const row = db.get<{ json: string }>('SELECT json FROM profile WHERE id = 1')
  if (!row) return null
  const profile = JSON.parse(row.json) as { formatsAndUnits?: { currencyPrecision?: unknown } }
  const p = profile.formatsAndUnits?.currencyPrecision
  return typeof p === 'number' && Number.isInteger(p) && p >= 0 ? p : null
}

const numericId = (id: EntityId): number | null => {
  const n = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : NaN
  return Number.isSafeInteger(n) ? n : null
}

/** Local rowids of the given Ecwid ids (orders are keyed by internal id, addressed by public id). */
function rowKeys(db: Db, resource: TableResource, ids: readonly EntityId[]): SqlValue[] {
  if (resource !== 'orders') return ids.map(numericId).filter((n): n is number => n !== null)
  if (ids.length === 0) return []
  const list = ids.map(String)
  return db.all<{ k: number }>(`SELECT internal_id AS k FROM orders WHERE id IN (${list.map(() => '?').join(', ')})`, list).map((r) => r.k)
}

/** Full Ecwid JSON of the given rowids, in the order given. */
function readJson(db: Db, resource: TableResource, keys: readonly SqlValue[]): Entity[] {
  if (keys.length === 0) return []
  const rowid = GRID[resource].rowid
  const rows = db.all<{ k: number; json: string }>(`SELECT ${rowid} AS k, json FROM ${resource}_json WHERE ${rowid} IN (${keys.map(() => '?').join(', ')})`, keys)
  const byKey = new Map(rows.map((r) => [r.k, r.json]))
  return keys.flatMap((k) => {
    const json = byKey.get(Number(k))
    return json === undefined ? [] : [JSON.parse(json) as Entity]
  })
}

const readProduct = (db: Db, id: number): Entity | null => readJson(db, 'products', [id])[0] ?? null

export function createLocalEntitySource(db: Db): EntitySource {
  const source: EntitySource = {
    async get(resource, id) {
      if (resource === 'profile') return readLocalProfile(db)
      if (resource === 'variations') return readVariation(async (pid) => readProduct(db, pid), id)
      if (resource === 'categories') return readLocalCategory(db, id)
      return readJson(db, resource, rowKeys(db, resource, [id]))[0] ?? null
    },
    async *select(resource, selection: EntitySelection) {
      if (resource === 'profile') {
        const profile = readLocalProfile(db)
        if (profile) yield profile
        return
      }
      if (resource === 'categories') {
        yield* selectLocalCategories(db, selection)
        return
      }
      if (resource === 'variations') {
        // By id, or every variation of the products the products grid's filter shows.
        if (selection.ids) {
          for (const id of selection.ids) {
            const v = await readVariation(async (pid) => readProduct(db, pid), id)
            if (v) yield v
          }
          return
        }
        for await (const p of source.select('products', selection)) yield* variationsOf(p)
        return
      }
      let keys: SqlValue[]
      if (selection.ids) {
        keys = []
        for (let i = 0; i < selection.ids.length; i += CHUNK) keys.push(...rowKeys(db, resource, selection.ids.slice(i, i + CHUNK)))
      } else {
        // The grid's own WHERE and ORDER BY without its window: exactly the rows the filter shows.
        const def = GRID[resource]
        const s = buildGridSql(def, { ...selection.query, offset: 0, limit: 0 })
        keys = db.all<{ k: number }>(`SELECT t.${def.rowid} AS k FROM ${def.table} t ${s.where} ${s.orderBy}`, s.params).map((r) => r.k)
      }
      for (let i = 0; i < keys.length; i += CHUNK) yield* readJson(db, resource, keys.slice(i, i + CHUNK))
    },
    async isSkuTaken(sku, exceptId) {
      // The NOCASE indexes find candidates; the exact comparison matches the API's rule.
      const variation = exceptId === undefined ? null : parseVariationId(exceptId)
      if (variation) {
        // A variation excludes only itself: its own product's SKU and sibling variations count.
        const taken = db.get<{ n: number }>(
          `SELECT 1 AS n FROM products WHERE sku = ? AND sku = ? COLLATE BINARY
           UNION ALL SELECT 1 FROM product_variations WHERE sku = ? AND sku = ? COLLATE BINARY AND NOT (product_id = ? AND id = ?) LIMIT 1`,
          [sku, sku, sku, sku, variation.productId, variation.combinationId]
        )
        return taken !== undefined
      }
      const except = exceptId === undefined ? null : numericId(exceptId)
      const hit = db.get<{ n: number }>(
        `SELECT 1 AS n FROM products WHERE sku = ? AND sku = ? COLLATE BINARY AND id IS NOT ?
         UNION ALL SELECT 1 FROM product_variations WHERE sku = ? AND sku = ? COLLATE BINARY AND product_id IS NOT ? LIMIT 1`,
        [sku, sku, except, sku, sku, except]
      )
      return hit !== undefined
    },
    async isCouponCodeTaken(code, exceptId) {
      // coupons.code is NOCASE: the index answers Ecwid's case-insensitive rule directly.
      const except = exceptId === undefined ? null : numericId(exceptId)
      return db.get<{ n: number }>('SELECT 1 AS n FROM coupons WHERE code = ? AND id IS NOT ? LIMIT 1', [code, except]) !== undefined
    },
    freshAsOf: (resource) => localFreshAsOf(db, resource)
  }
  return source
}

/** Keeps a row's sync_run (or joins the running full walk) so the walk's sweep does not drop it. */
function runFor(db: Db, resource: TableResource, key: SqlValue): number {
  const rowid = GRID[resource].rowid
  const row = db.get<{ r: number }>(`SELECT sync_run AS r FROM ${resource} WHERE ${rowid} = ?`, [key])
  return row?.r ?? readSyncState(db, resource).runId ?? 0
}

export function createLocalEntitySink(db: Db): EntitySink {
  return {
    // Nothing synced yet: there is no local copy to keep in step (the first sync brings everything).
    get discards() {
      return !(['products', 'orders', 'coupons', 'customers'] as const).some((r) => isSyncedLocally(db, r))
    },
    async upsert(resource, entity) {
      if (!isSyncedLocally(db, resource)) return
      if (resource === 'profile') return writeLocalProfile(db, entity)
      if (resource === 'categories') return writeLocalCategory(db, entity)
      if (resource === 'variations') {
        // Written into the product's JSON and re-upserted, so the variations table, the product's
        // search text and later reads of the product all agree.
        const key = parseVariationId(idOf(entity))
        const product = key ? readProduct(db, key.productId) : null
        if (!key || !product) return
        upsertProducts(db, [withCombination(product, entity) as unknown as Product], runFor(db, 'products', key.productId))
        return
      }
      if (resource === 'orders') {
        const known = typeof entity.id === 'string' || typeof entity.id === 'number' ? rowKeys(db, 'orders', [entity.id])[0] : undefined
        const internalId = typeof entity.internalId === 'number' ? entity.internalId : known
        // A created order answers only its id: the next sync brings the rest.
        if (typeof internalId !== 'number') return
        upsertOrders(db, [{ ...entity, internalId } as unknown as Order], runFor(db, 'orders', internalId))
        return
      }
      const id = typeof entity.id === 'number' || typeof entity.id === 'string' ? numericId(entity.id) : null
      if (id === null) return
      const run = runFor(db, resource, id)
      const row = { ...entity, id }
      if (resource === 'products') upsertProducts(db, [row as unknown as Product], run)
      else if (resource === 'coupons') upsertCoupons(db, [row as unknown as Coupon], run)
      else upsertCustomers(db, [row as unknown as Customer], run)
    },
    async remove(resource, id) {
      if (!isSyncedLocally(db, resource) || resource === 'profile') return
      if (resource === 'categories') return removeLocalCategory(db, id)
      if (resource === 'variations') {
        // A deleted variation leaves its product's JSON (catalogue edits delete variations).
        const key = parseVariationId(id)
        const product = key ? readProduct(db, key.productId) : null
        if (!key || !product || !Array.isArray(product.combinations)) return
        const combinations = product.combinations.filter((c) => !(isRecord(c) && Number(c.id) === key.combinationId))
        upsertProducts(db, [{ ...product, combinations } as unknown as Product], runFor(db, 'products', key.productId))
        return
      }
      const key = resource === 'orders' ? String(id) : numericId(id)
      if (key !== null) deleteByIds(db, resource, [key])
    }
  }
}

/**
 * Ports for one store: each resource reads locally once it has been synced, else from `fallback`;
 * uniqueness checks follow the same rule (a partial local copy would miss duplicates).
 */
export function createStorePorts(db: Db, fallback: EntitySource): { source: EntitySource; sink: EntitySink } {
  const local = createLocalEntitySource(db)
  const pick = (resource: SessionResource): EntitySource => (isSyncedLocally(db, resource) ? local : fallback)
  const source: EntitySource = {
    get: (resource, id) => pick(resource).get(resource, id),
    select: (resource, selection) => pick(resource).select(resource, selection),
    isSkuTaken: (sku, exceptId) => pick('products').isSkuTaken(sku, exceptId),
    isCouponCodeTaken: (code, exceptId) => pick('coupons').isCouponCodeTaken(code, exceptId),
    freshAsOf: (resource) => pick(resource).freshAsOf?.(resource) ?? null
  }
  return { source, sink: createLocalEntitySink(db) }
}

// Iterates whole entities (Ecwid JSON) from the local store for export: a whole resource by keyset
// pages, or a grid's current view (its search, filters and sort) through the grid SQL builder.
import type { AnyGridQuery } from '@shared/model/grid'
import type { Db, SqlValue } from '../store/db'
import { buildGridSql, type GridTableDef } from '../store/grid-query'
import { COUPON_GRID, CUSTOMER_GRID, ORDER_GRID, PRODUCT_GRID } from '../store/grids'
import type { CsvResource } from './types'

export const GRID_DEFS: Record<CsvResource, GridTableDef> = {
  products: PRODUCT_GRID,
  orders: ORDER_GRID,
  coupons: COUPON_GRID,
  customers: CUSTOMER_GRID
}

/** A grid view without its window: every matching row, in the grid's order. */
export type ViewQuery = Omit<AnyGridQuery, 'offset' | 'limit'>

const PAGE = 1000

/** WHERE and ORDER BY of a view on alias t, validated by the grid builder (unknown columns throw). */
export function viewSql(resource: CsvResource, view: ViewQuery): { where: string; params: SqlValue[]; orderBy: string } {
  const s = buildGridSql(GRID_DEFS[resource], { ...view, offset: 0, limit: 0 })
  return { where: s.where, params: s.params, orderBy: s.orderBy }
}

/** Number of entities an export would write (before expanding Ecwid option/variation rows). */
export function countEntities(db: Db, resource: CsvResource, view?: ViewQuery): number {
  const def = GRID_DEFS[resource]
  if (!view) return db.get<{ n: number }>(`SELECT count(*) AS n FROM ${def.table}`)?.n ?? 0
  const s = viewSql(resource, view)
  return db.get<{ n: number }>(`SELECT count(*) AS n FROM ${def.table} t ${s.where}`, s.params)?.n ?? 0
}

/**
 * Yields parsed entities one page at a time (memory stays at one page). The whole resource walks the
 * primary key (keyset, no OFFSET cost); a view pages its own ORDER BY, whose last key is the rowid.
 */
export async function* iterateEntities<E = unknown>(db: Db, resource: CsvResource, view?: ViewQuery): AsyncGenerator<E> {
  const def = GRID_DEFS[resource]
  const key = def.rowid
  const from = `FROM ${def.table} t JOIN ${def.table}_json j ON j.${key} = t.${key}`
  if (!view) {
    let after: number | null = null
    for (;;) {
      const rows: { k: number; json: string }[] =
        after === null
          ? db.all(`SELECT t.${key} AS k, j.json ${from} ORDER BY t.${key} LIMIT ?`, [PAGE])
          : db.all(`SELECT t.${key} AS k, j.json ${from} WHERE t.${key} > ? ORDER BY t.${key} LIMIT ?`, [after, PAGE])
      for (const r of rows) yield JSON.parse(r.json) as E
      if (rows.length < PAGE) return
      after = rows[rows.length - 1]!.k
    }
  }
  const s = viewSql(resource, view)
  for (let offset = 0; ; offset += PAGE) {
    const rows = db.all<{ json: string }>(`SELECT j.json ${from} ${s.where} ${s.orderBy} LIMIT ? OFFSET ?`, [...s.params, PAGE, offset])
    for (const r of rows) yield JSON.parse(r.json) as E
    if (rows.length < PAGE) return
  }
}

/** Distinct option names of the variations of the exported products: Ecwid's variation columns. */
export function variationOptionNames(db: Db, view?: ViewQuery): string[] {
  let where = ''
  let params: SqlValue[] = []
  if (view) {
    const s = viewSql('products', view)
    where = `WHERE v.product_id IN (SELECT t.id FROM products t ${s.where})`
    params = s.params
  }
  const rows = db.all<{ name: string | null }>(
    `SELECT DISTINCT json_extract(o.value, '$.name') AS name FROM product_variations v, json_each(v.json, '$.options') o ${where} ORDER BY name`,
    params
  )
  return rows.map((r) => r.name).filter((n): n is string => typeof n === 'string' && n !== '')
}

/** "Parent/Child" path per category id, as Ecwid's product_category_N columns write it. */
export function categoryPaths(db: Db): (id: number) => string | undefined {
  const rows = db.all<{ id: number; parent_id: number | null; name: string }>('SELECT id, parent_id, name FROM categories')
  const byId = new Map(rows.map((r) => [r.id, r]))
  const cache = new Map<number, string>()
  return (id) => {
    const hit = cache.get(id)
    if (hit !== undefined) return hit
    const names: string[] = []
    const seen = new Set<number>()
    // A parent loop in bad data must not hang the export: stop at the first repeat.
    for (let c = byId.get(id); c && !seen.has(c.id); c = c.parent_id ? byId.get(c.parent_id) : undefined) {
      seen.add(c.id)
      names.unshift(c.name.replace(/\//g, '-'))
    }
    if (names.length === 0) return undefined
    const path = names.join('/')
    cache.set(id, path)
    return path
  }
}

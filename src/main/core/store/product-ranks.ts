// Where products stand in the Products grid's current search, filters and sort: the grid shows a
// product's variations as child rows right below it, so it must know each expanded product's row
// index (and how many children it has) before the window holding it is read.
import { AppError } from '@shared/errors'
import { MAX_EXPANDED_PRODUCTS as MAX_EXPANDED, type ProductQuery, type ProductRank } from '@shared/model/grid'
import type { Db } from './db'
import { buildGridSql } from './grid-query'
import { PRODUCT_GRID } from './grids'

/**
 * The rank (0-based row index in the query's order) and variation count of the given products that
 * the query matches, or of every matching product with variations when `ids` is null. Products the
 * query does not match are absent. Ordered by rank.
 */
export function rankProducts(db: Db, q: ProductQuery, ids: readonly number[] | null): ProductRank[] {
  if (ids !== null && ids.length > MAX_EXPANDED) throw new AppError('VALIDATION', `At most ${MAX_EXPANDED.toLocaleString('en-US')} products can show their variations at once.`)
  if (ids !== null && ids.length === 0) return []
  const s = buildGridSql(PRODUCT_GRID, { ...q, offset: 0, limit: 0 })
  const which = ids === null ? 'WHERE variations > 0' : `WHERE id IN (${ids.map(() => '?').join(', ')})`
  const rows = db.all<ProductRank>(
    `SELECT id, idx AS "index", variations FROM (
       SELECT t.id AS id, t.variation_count AS variations, ROW_NUMBER() OVER (${s.orderBy}) - 1 AS idx FROM products t ${s.where}
     ) ${which} ORDER BY idx LIMIT ?`,
    [...s.params, ...(ids ?? []), MAX_EXPANDED + 1]
  )
  if (rows.length > MAX_EXPANDED) throw new AppError('VALIDATION', `More than ${MAX_EXPANDED.toLocaleString('en-US')} of these products have variations: narrow the search or filters to show them all.`)
  return rows
}

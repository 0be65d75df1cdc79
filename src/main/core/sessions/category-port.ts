// Categories as session entities over the local copy: read from the synced categories table (whose
// JSON is inline), written back after a push with every product's category names recomputed, and
// the product counts a delete reports. No electron import.
import type { Category } from '@shared/model/category'
import type { EntityId, EntitySelection } from '@shared/model/session'
import type { Db } from '../store/db'
import { deleteByIds, refreshCategoryNames, upsertCategories } from '../store/entities'
import { readSyncState } from '../store/sync-state-repo'
import type { Entity } from './ports'

const idOf = (id: EntityId): number | null => {
  const n = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : NaN
  return Number.isSafeInteger(n) ? n : null
}

export function readLocalCategory(db: Db, id: EntityId): Entity | null {
  const n = idOf(id)
  const row = n === null ? undefined : db.get<{ json: string }>('SELECT json FROM categories WHERE id = ?', [n])
  return row ? (JSON.parse(row.json) as Entity) : null
}

/** Every category, or those named by `selection.ids` (categories have no grid filters). */
export function* selectLocalCategories(db: Db, selection: EntitySelection): Iterable<Entity> {
  if (selection.ids) {
    for (const id of selection.ids) {
      const c = readLocalCategory(db, id)
      if (c) yield c
    }
    return
  }
  for (const r of db.all<{ json: string }>('SELECT json FROM categories ORDER BY parent_id, order_by, id')) yield JSON.parse(r.json) as Entity
}

/** Keeps the row's sync run (or joins the running walk) so a walk's sweep does not drop it. */
function runFor(db: Db, id: number): number {
  return db.get<{ r: number }>('SELECT sync_run AS r FROM categories WHERE id = ?', [id])?.r ?? readSyncState(db, 'categories').runId ?? 0
}

export function writeLocalCategory(db: Db, entity: Entity): void {
  const id = typeof entity.id === 'number' || typeof entity.id === 'string' ? idOf(entity.id) : null
  if (id === null) return
  const c = { ...entity, id } as unknown as Category
  // A category moved to the root has no parentId on Ecwid (0 is how a write says "root").
  if (c.parentId === 0) delete c.parentId
  upsertCategories(db, [c], runFor(db, id))
  refreshCategoryNames(db)
}

export function removeLocalCategory(db: Db, id: EntityId): void {
  const n = idOf(id)
  if (n === null) return
  // Ecwid deletes the subcategories with their parent, and the products keep none of them.
  const gone = db.all<{ id: number }>(
    `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub`,
    [n]
  ).map((r) => r.id)
  deleteByIds(db, 'categories', gone)
  db.tx(() => {
    for (const c of gone) db.run('DELETE FROM product_categories WHERE category_id = ?', [c])
  })
  refreshCategoryNames(db)
}

/**
 * Products that lose a category when it is deleted: those in it or in one of its subcategories
 * (Ecwid deletes those too), counted once each, from the local copy.
 */
export function productsLosingCategory(db: Db, id: number): number {
  const row = db.get<{ n: number }>(
    `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT c.id FROM categories c JOIN sub ON c.parent_id = sub.id)
     SELECT count(DISTINCT product_id) AS n FROM product_categories WHERE category_id IN (SELECT id FROM sub)`,
    [id]
  )
  return row?.n ?? 0
}

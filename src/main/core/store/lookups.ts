// Small reads of the local copy for the grids: the profile's formats (money, weight, dates), the
// category list for pickers, and one entity's full JSON for detail panels. Read-only; no electron import.
import type { CategoryOption } from '@shared/model/category'
import type { GridResource } from '@shared/model/grid'
import type { FormatsAndUnits } from '@shared/model/profile'
import type { JsonValue } from '@shared/model/session'
import type { Db } from './db'

/** formatsAndUnits of the synced profile, or null before the profile has been synced. */
export function readStoreFormats(db: Db): FormatsAndUnits | null {
  const row = db.get<{ json: string }>('SELECT json FROM profile WHERE id = 1')
  if (!row) return null
  const profile = JSON.parse(row.json) as { formatsAndUnits?: unknown }
  const f = profile.formatsAndUnits
  return typeof f === 'object' && f !== null && !Array.isArray(f) ? (f as FormatsAndUnits) : null
}

/** Every category with its path from the root ("Clothes / Shirts"), sorted by that path. */
export function listCategoryOptions(db: Db): CategoryOption[] {
  const rows = db.all<{ id: number; parent_id: number | null; name: string; enabled: number }>('SELECT id, parent_id, name, enabled FROM categories')
  const byId = new Map(rows.map((r) => [r.id, r]))
  const pathOf = (id: number): string => {
    const names: string[] = []
    // The seen set stops a parent cycle in bad data from looping forever.
    const seen = new Set<number>()
    for (let cur = byId.get(id); cur && !seen.has(cur.id); cur = cur.parent_id ? byId.get(cur.parent_id) : undefined) {
      seen.add(cur.id)
      names.unshift(cur.name)
    }
    return names.join(' / ')
  }
  return rows
    .map((r) => ({ id: r.id, name: r.name, path: pathOf(r.id), enabled: r.enabled === 1 }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.id - b.id)
}

const JSON_TABLE: Record<GridResource, { table: string; key: string }> = {
  products: { table: 'products_json', key: 'id' },
  coupons: { table: 'coupons_json', key: 'id' },
  customers: { table: 'customers_json', key: 'id' },
  // Orders are addressed by their public id (text) but keyed by an internal rowid.
  orders: { table: 'orders_json', key: 'internal_id' }
}

/** One entity's full Ecwid JSON as synced, or null when it is not in the local copy. */
export function readEntityJson(db: Db, resource: GridResource, id: number | string): JsonValue | null {
  const t = JSON_TABLE[resource]
  const row =
    resource === 'orders'
      ? db.get<{ json: string }>(`SELECT j.json FROM ${t.table} j JOIN orders o ON o.internal_id = j.internal_id WHERE o.id = ?`, [String(id)])
      : db.get<{ json: string }>(`SELECT json FROM ${t.table} WHERE ${t.key} = ?`, [Number(id)])
  return row ? (JSON.parse(row.json) as JsonValue) : null
}

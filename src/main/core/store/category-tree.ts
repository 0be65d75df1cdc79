// The category tree of the local copy for the Categories screen: place, fields and product counts
// per category, in one pass. Read-only; no electron import.
import type { Category, CategoryNode } from '@shared/model/category'
import type { Db } from './db'

export function listCategoryTree(db: Db): CategoryNode[] {
  const rows = db.all<{ json: string }>('SELECT json FROM categories').map((r) => JSON.parse(r.json) as Category)
  const direct = new Map<number, Set<number>>()
  for (const r of db.all<{ c: number; p: number }>('SELECT category_id AS c, product_id AS p FROM product_categories')) {
    const set = direct.get(r.c) ?? new Set<number>()
    set.add(r.p)
    direct.set(r.c, set)
  }
  const children = new Map<number, number[]>()
  for (const c of rows) children.set(c.parentId ?? 0, [...(children.get(c.parentId ?? 0) ?? []), c.id])
  const losing = (id: number, seen = new Set<number>()): Set<number> => {
    const out = new Set(direct.get(id) ?? [])
    seen.add(id)
    // The seen set stops a parent cycle in bad data from looping forever.
    for (const k of children.get(id) ?? []) if (!seen.has(k)) for (const p of losing(k, seen)) out.add(p)
    return out
  }
  return rows
    .map((c) => ({
      id: c.id,
      parentId: c.parentId ?? 0,
      orderBy: c.orderBy ?? 0,
      name: c.name,
      enabled: c.enabled,
      description: c.description ?? '',
      imageUrl: c.imageUrl ?? '',
      productCount: direct.get(c.id)?.size ?? 0,
      productsLosing: losing(c.id).size
    }))
    .sort((a, b) => a.parentId - b.parentId || a.orderBy - b.orderBy || a.id - b.id)
}

// The category tree as the Categories screen shows it: local nodes with the session's staged values
// on top, flattened in Ecwid's order (orderBy within a parent), and the edits a move stages. Pure.
import type { CategoryNode } from '@shared/model/category'
import type { CellEdit, JsonValue } from '@shared/model/session'

export interface TreeRow extends CategoryNode {
  depth: number
  hasChildren: boolean
  /** Staged for deletion in the active session. */
  deleting: boolean
  /** Staged for creation (id "new:<uuid>"): shown, not yet movable. */
  isNew: boolean
  key: string
}

export type Overlay = (id: number) => ReadonlyMap<string, JsonValue | null> | undefined

/** The nodes with staged field values applied. */
export function withStaged(nodes: readonly CategoryNode[], staged: Overlay): CategoryNode[] {
  return nodes.map((n) => {
    const s = staged(n.id)
    if (!s) return n
    const out = { ...n }
    for (const [field, v] of s) {
      if (field === 'parentId' || field === 'orderBy') out[field] = typeof v === 'number' ? v : 0
      else if (field === 'name' || field === 'description') out[field] = typeof v === 'string' ? v : ''
      else if (field === 'enabled') out.enabled = v === true
    }
    return out
  })
}

const byOrder = (a: CategoryNode, b: CategoryNode): number => a.orderBy - b.orderBy || a.id - b.id

export function childrenOf(nodes: readonly CategoryNode[], parentId: number): CategoryNode[] {
  return nodes.filter((n) => n.parentId === parentId).sort(byOrder)
}

/** Depth-first rows under the expanded categories; categories whose parent is unknown show at the root. */
export function flatten(nodes: readonly CategoryNode[], expanded: ReadonlySet<number>, deleting: ReadonlySet<number> = new Set()): TreeRow[] {
  const known = new Set(nodes.map((n) => n.id))
  const rootOf = (n: CategoryNode): number => (known.has(n.parentId) ? n.parentId : 0)
  const kids = new Map<number, CategoryNode[]>()
  for (const n of nodes) kids.set(rootOf(n), [...(kids.get(rootOf(n)) ?? []), n])
  const out: TreeRow[] = []
  const seen = new Set<number>()
  const walk = (parent: number, depth: number): void => {
    for (const n of (kids.get(parent) ?? []).sort(byOrder)) {
      if (seen.has(n.id)) continue
      seen.add(n.id)
      const hasChildren = (kids.get(n.id)?.length ?? 0) > 0
      out.push({ ...n, depth, hasChildren, deleting: deleting.has(n.id), isNew: false, key: String(n.id) })
      if (hasChildren && expanded.has(n.id)) walk(n.id, depth + 1)
    }
  }
  walk(0, 0)
  return out
}

export type Move = 'up' | 'down' | 'indent' | 'outdent'

const edit = (id: number, field: string, value: JsonValue): CellEdit => ({ resource: 'categories', entityId: id, field, value })

/** Positions 10, 20, 30… for `ids` in this order, as edits for those whose position changes. */
function renumber(nodes: readonly CategoryNode[], ids: readonly number[]): CellEdit[] {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  return ids.flatMap((id, i) => (byId.get(id)?.orderBy === (i + 1) * 10 ? [] : [edit(id, 'orderBy', (i + 1) * 10)]))
}

/** Puts `id` under `parentId` before `beforeId` (or last): its parentId and the new siblings' positions. */
export function placeEdits(nodes: readonly CategoryNode[], id: number, parentId: number, beforeId: number | null): CellEdit[] {
  const self = nodes.find((n) => n.id === id)
  if (!self) return []
  const siblings = childrenOf(nodes, parentId).map((n) => n.id).filter((s) => s !== id)
  const at = beforeId === null ? siblings.length : Math.max(0, siblings.indexOf(beforeId))
  siblings.splice(at, 0, id)
  const parent = self.parentId === parentId ? [] : [edit(id, 'parentId', parentId)]
  return [...parent, ...renumber(nodes, siblings)]
}

/** The edits one keyboard move stages (empty when the move is not possible there). */
export function moveEdits(nodes: readonly CategoryNode[], id: number, move: Move): CellEdit[] {
  const self = nodes.find((n) => n.id === id)
  if (!self) return []
  const siblings = childrenOf(nodes, self.parentId)
  const i = siblings.findIndex((n) => n.id === id)
  if (move === 'up' || move === 'down') {
    const j = move === 'up' ? i - 1 : i + 1
    if (j < 0 || j >= siblings.length) return []
    const ids = siblings.map((n) => n.id)
    ;[ids[i], ids[j]] = [ids[j] as number, ids[i] as number]
    return renumber(nodes, ids)
  }
  if (move === 'indent') {
    const prev = siblings[i - 1]
    return prev ? placeEdits(nodes, id, prev.id, null) : []
  }
  const parent = nodes.find((n) => n.id === self.parentId)
  if (!parent) return []
  const after = childrenOf(nodes, parent.parentId)
  const next = after[after.findIndex((n) => n.id === parent.id) + 1]
  return placeEdits(nodes, id, parent.parentId, next?.id ?? null)
}

/** Whether `id` may go under `parentId` (not itself nor one of its own subcategories). */
export function canPlaceUnder(nodes: readonly CategoryNode[], id: number, parentId: number): boolean {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  for (let at: number | undefined = parentId, hops = 0; at !== undefined && at !== 0 && hops <= nodes.length; hops++) {
    if (at === id) return false
    at = byId.get(at)?.parentId
  }
  return true
}

export const productsText = (n: number): string => `${n} product${n === 1 ? '' : 's'}`
